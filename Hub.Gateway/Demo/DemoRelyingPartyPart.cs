namespace Hub.Gateway.Demo;

/// <summary>
/// The demo relying party (an Osaka City service), started when it is part of the build
/// (sandbox/Sandbox.RelyingParty). Until then the demo runs without it and RPs of one's own can use the hub.
/// </summary>
internal static class DemoRelyingPartyPart
{
    public const string ClientId = "osaka-kosodate";

    public static Task<(IAsyncDisposable Host, Uri BaseUrl)?> StartAsync(DemoOptions options, Uri hubUrl, string repositoryRoot, CancellationToken cancellationToken)
        => Task.FromResult<(IAsyncDisposable, Uri)?>(null);
}
