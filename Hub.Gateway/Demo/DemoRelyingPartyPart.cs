using Sandbox.RelyingParty;

namespace Hub.Gateway.Demo;

/// <summary>The demo relying party (an Osaka City service, <c>osaka-kosodate</c>), signing in through the hub.</summary>
internal static class DemoRelyingPartyPart
{
    public const string ClientId = "osaka-kosodate";

    public static async Task<(IAsyncDisposable Host, Uri BaseUrl)?> StartAsync(DemoOptions options, Uri hubUrl, string repositoryRoot, CancellationToken cancellationToken)
    {
        var host = await DemoRelyingParty.StartAsync(new DemoRelyingPartyOptions
        {
            Url = options.RelyingPartyUrl,
            Authority = hubUrl.AbsoluteUri,
            ClientId = ClientId,
            PrivateKeyPath = DemoKeys.Path(repositoryRoot, "demo-rp-osaka-kosodate.private.jwk"),
        }, cancellationToken);
        return (host, host.BaseUrl);
    }
}
