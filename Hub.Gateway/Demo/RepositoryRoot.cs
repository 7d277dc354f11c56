namespace Hub.Gateway.Demo;

/// <summary>The repository's root (the folder holding Federation.sln), where the demo finds trustlist.json and sandbox/keys.</summary>
public static class RepositoryRoot
{
    public const string MarkerFile = "Federation.sln";

    /// <summary>Walks up from the current directory, then from the binaries; null if neither is inside the repository.</summary>
    public static string? Find()
        => FindFrom(Environment.CurrentDirectory) ?? FindFrom(AppContext.BaseDirectory);

    private static string? FindFrom(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, MarkerFile)))
            {
                return dir.FullName;
            }
        }
        return null;
    }
}
