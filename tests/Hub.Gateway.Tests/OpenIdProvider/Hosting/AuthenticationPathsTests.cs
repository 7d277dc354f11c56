using System.Collections.Concurrent;
using System.Text.Encodings.Web;
using Hub.Gateway.Tests.OpenIdProvider.Infrastructure;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hub.Gateway.Tests.OpenIdProvider.Hosting;

/// <summary>
/// The authentication middleware (through which OpenIddict serves its endpoints) runs on OpenIddict's paths only, and
/// once: a probe scheme, offered every request that OpenIddict does not answer itself, sees the endsession request
/// (which OpenIddict passes on to the hub) once, and none of the hub's other paths (a provider callback, a page,
/// health), while discovery and jwks are still answered.
/// </summary>
public sealed class AuthenticationPathsTests
{
    [Fact]
    public async Task Requests_AuthenticationMiddleware_RunsOnOpenIddictPathsOnly()
    {
        var seen = new ConcurrentBag<string>();
        using var baseHost = new OpenIdProviderHost();
        using var host = baseHost.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
        {
            services.AddSingleton(seen);
            services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, ProbeHandler>("probe", _ => { });
        }));
        using var client = host.CreateClient(new() { AllowAutoRedirect = false, BaseAddress = new Uri(OpenIdProviderHost.Issuer) });

        Assert.True((await client.GetAsync(".well-known/openid-configuration")).IsSuccessStatusCode);
        Assert.True((await client.GetAsync(".well-known/jwks")).IsSuccessStatusCode);
        await client.GetAsync("connect/endsession");
        await client.GetAsync("oidc/callback?state=unknown&code=x");
        await client.GetAsync("flow/choose?flow=unknown");
        await client.GetAsync("healthz");

        Assert.Equal(["/connect/endsession"], seen);
    }

    /// <summary>Records the path of every request the authentication middleware offers it; handles none.</summary>
    private sealed class ProbeHandler(
        IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, ConcurrentBag<string> seen)
        : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder), IAuthenticationRequestHandler
    {
        public Task<bool> HandleRequestAsync()
        {
            seen.Add(Request.Path.Value!);
            return Task.FromResult(false);
        }

        protected override Task<AuthenticateResult> HandleAuthenticateAsync() => Task.FromResult(AuthenticateResult.NoResult());
    }
}
