namespace Hub.TrustList.Tests.Cli;

/// <summary>A temporary folder per test, and the repository's committed files (demo keys, fragments, trustlist.json).</summary>
internal sealed class TestFiles : IDisposable
{
    public TestFiles()
    {
        Directory = System.IO.Directory.CreateTempSubdirectory("hub-cli-test-").FullName;
    }

    public string Directory { get; }

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public string Path(string name) => System.IO.Path.Combine(Directory, name);

    public static string Repository(string relativePath) => System.IO.Path.Combine(RepositoryRoot, relativePath);

    public static string DemoKey(string name) => Repository(System.IO.Path.Combine("sandbox", "keys", name));

    public static string DemoFragment(string relativePath) => Repository(System.IO.Path.Combine("sandbox", "trustlist", relativePath));

    public string Write(string name, string content)
    {
        var path = Path(name);
        File.WriteAllText(path, content);
        return path;
    }

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "Federation.sln")))
            {
                return directory.FullName;
            }
        }
        throw new InvalidOperationException("Federation.sln not found above " + AppContext.BaseDirectory);
    }
}
