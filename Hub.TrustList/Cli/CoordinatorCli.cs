namespace Hub.TrustList.Cli;

public static class CoordinatorCli
{
    public static Task<int> RunAsync(string[] args) => Task.FromResult(2);
}
