using Hub.Gateway.OpenIdProvider.Options;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Hub.Gateway.Tests.OpenIdProvider.Infrastructure;

public static class TestOptions
{
    public static IOptions<HubOpenIdProviderOptions> Create(Action<HubOpenIdProviderOptions>? configure = null)
    {
        var options = new HubOpenIdProviderOptions
        {
            Issuer = new Uri(OpenIdProviderHost.Issuer),
            PairwiseSecret = OpenIdProviderHost.PairwiseSecret,
        };
        configure?.Invoke(options);
        return Microsoft.Extensions.Options.Options.Create(options);
    }

    public static ILogger<T> Logger<T>() => NullLogger<T>.Instance;
}
