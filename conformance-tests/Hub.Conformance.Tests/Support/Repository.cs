namespace Hub.Conformance.Tests.Support;

/// <summary>The repository's committed files (candidates, demo keys), found from the test binaries.</summary>
internal static class Repository
{
    public static string Root { get; } = Find();

    public static string CandidatesDirectory => Path.Combine(Root, "conformance-tests", "candidates");

    public static string Candidate(string name) => Path.Combine(CandidatesDirectory, name + ".json");

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Federation.sln")))
            {
                return directory.FullName;
            }
        }
        throw new InvalidOperationException("Federation.sln not found above " + AppContext.BaseDirectory);
    }
}
