using System.Text;
using System.Text.Json;
using Hub.TrustList.Common;
using Hub.TrustList.Model;
using Hub.TrustList.Serialization;

namespace Hub.TrustList.Cli;

/// <summary>Reading and writing trust list files, always through the model and <see cref="TrustListJson"/>.</summary>
internal static class TrustListFile
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static Result<TrustListDocument, CliError> Read(string path)
    {
        var bytes = InputFiles.ReadBytes(path);
        return bytes.IsSuccess ? Parse(bytes.Value, path) : bytes.Error!;
    }

    public static Result<TrustListDocument, CliError> Parse(byte[] json, string path)
    {
        try
        {
            var document = JsonSerializer.Deserialize<TrustListDocument>(json, TrustListJson.Options);
            return document is null
                ? new CliError("list.malformed", $"'{path}' holds null, not a trust list.")
                : Result<TrustListDocument, CliError>.Ok(document);
        }
        catch (JsonException e)
        {
            return new CliError("list.malformed", $"'{path}' is not a trust list: {e.Message}");
        }
    }

    /// <summary>
    /// Writes an unsigned draft. The <c>signature</c> member is dropped: an edited list must be signed again, and a
    /// stale signature would only fail verification later.
    /// </summary>
    public static CliError? WriteDraft(string path, TrustListDocument document)
    {
        var json = JsonSerializer.Serialize(document with { Signature = null }, TrustListJson.Options);
        return WriteBytes(path, Utf8.GetBytes(json + "\n"), overwrite: true);
    }

    /// <summary>Writes through a temporary file and a rename, so a reader never sees half a list.</summary>
    public static CliError? WriteBytes(string path, byte[] bytes, bool overwrite, UnixFileMode? mode = null)
    {
        if (!overwrite && File.Exists(path))
        {
            return CliError.Usage("file.exists", $"'{path}' already exists; refusing to overwrite it.");
        }
        var temporary = path + ".tmp-" + Environment.ProcessId;
        try
        {
            var directory = Path.GetDirectoryName(Path.GetFullPath(path));
            if (directory is not null)
            {
                Directory.CreateDirectory(directory);
            }
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (mode is not null && !OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = mode;
            }
            using (var stream = new FileStream(temporary, options))
            {
                stream.Write(bytes);
            }
            File.Move(temporary, path, overwrite);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            File.Delete(temporary);
            return CliError.Usage("file.unwritable", $"cannot write '{path}': {e.Message}");
        }
    }
}
