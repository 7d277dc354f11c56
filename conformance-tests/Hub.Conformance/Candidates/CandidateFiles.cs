using Hub.TrustList.Common;
using Hub.TrustList.Conformance;

namespace Hub.Conformance.Candidates;

/// <summary>Files named by a candidate file, relative to its folder.</summary>
internal sealed class CandidateFiles(string baseDirectory)
{
    public string Resolve(string path) => Path.GetFullPath(Path.Combine(baseDirectory, path));

    public Result<string, ConformanceError> ReadText(string path, string member)
    {
        var full = Resolve(path);
        try
        {
            return Result<string, ConformanceError>.Ok(File.ReadAllText(full));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return CandidateLoader.Fail($"{member}: cannot read '{full}': {e.Message}");
        }
    }
}
