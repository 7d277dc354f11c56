namespace Sandbox.Providers.Keys;

/// <summary>
/// Finds the demo keys: the configured folder, else the repository's <c>sandbox/keys</c> (walking up from the
/// binaries to the folder holding Federation.sln), else the copy next to the binaries.
/// </summary>
internal static class SandboxKeyFolder
{
    public const string OutputCopyFolder = "sandbox-keys";

    public static string Locate(string? configured)
    {
        if (configured is not null)
        {
            return Directory.Exists(configured)
                ? configured
                : throw new InvalidOperationException($"KeysDirectory '{configured}' does not exist.");
        }
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var keys = Path.Combine(dir.FullName, "sandbox", "keys");
            if (File.Exists(Path.Combine(dir.FullName, "Federation.sln")) && Directory.Exists(keys))
            {
                return keys;
            }
        }
        var copy = Path.Combine(AppContext.BaseDirectory, OutputCopyFolder);
        return Directory.Exists(copy)
            ? copy
            : throw new InvalidOperationException("The sandbox keys were not found; set KeysDirectory or the key contents in the options.");
    }

    /// <summary>The given contents, or the named file in the keys folder.</summary>
    public static string ContentsOr(string? contents, string? keysDirectory, string fileName)
    {
        if (contents is not null)
        {
            return contents;
        }
        var path = Path.Combine(Locate(keysDirectory), fileName);
        return File.Exists(path)
            ? File.ReadAllText(path)
            : throw new InvalidOperationException($"The sandbox key file '{fileName}' is missing from the keys folder.");
    }
}
