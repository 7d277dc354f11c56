using Hub.Gateway.Demo;

namespace Hub.Gateway.Tests.EndToEnd.Infrastructure;

public static class TestPaths
{
    public static string RepositoryRoot { get; } = Hub.Gateway.Demo.RepositoryRoot.Find()
        ?? throw new InvalidOperationException("The tests must run inside the repository (Federation.sln not found).");

    public static string Key(string fileName) => DemoKeys.Path(RepositoryRoot, fileName);
}
