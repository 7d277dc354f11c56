using Hub.Adapters.Abstractions;
using Hub.Gateway.OpenIdProvider.Authorization;
using Hub.Gateway.Stores;
using Hub.Gateway.Stores.Abstractions;
using Hub.Gateway.Stores.InMemory;
using Hub.TrustList.Loading;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace Hub.Gateway.Tests.OpenIdProvider.Infrastructure;

/// <summary>
/// The gateway host in memory (its entry point found through a public type of Hub.Gateway, since Hub.TrustList
/// also has a Program) with the provider under test: a trust list built in code, a fake clock, the test
/// interaction, and (optionally shared between two hosts) replay cache, key store and code store.
/// </summary>
public sealed class OpenIdProviderHost : WebApplicationFactory<Hub.Gateway.OpenIdProvider.Options.HubOpenIdProviderOptions>
{
    public const string Issuer = "http://localhost/";
    public const string PairwiseSecret = "test-pairwise-secret-0123456789abcdef";

    public OpenIdProviderHost(
        FixedTrustListSource? trustList = null,
        FakeTimeProvider? time = null,
        IReplayCache? replayCache = null,
        IHubKeyStore? keyStore = null,
        IDictionary<string, string?>? settings = null,
        string environment = "Development",
        IAuthorizationCodeStore? codeStore = null,
        ILoggerProvider? logs = null)
    {
        RpKeys = new TestRelyingPartyKeys();
        TrustList = trustList ?? new FixedTrustListSource(TestTrustList.Build(RpKeys.PublicKeys));
        Time = time ?? new FakeTimeProvider(new DateTimeOffset(2026, 5, 1, 9, 0, 0, TimeSpan.Zero));
        ReplayCache = replayCache ?? new InMemoryReplayCache(Time);
        KeyStore = keyStore ?? new InMemoryHubKeyStore();
        CodeStore = codeStore ?? new InMemoryAuthorizationCodeStore(Time, Microsoft.Extensions.Options.Options.Create(new HubStoreOptions()));
        Logs = logs;
        Interaction = new TestInteraction(Time);
        // Valid settings for the whole hub (trust-list loader, SAML SP, OIDC adapter), then the provider's own.
        Settings = EndToEnd.Infrastructure.HubTestSettings.ForHost(new Uri(Issuer));
        Settings["Hub:Issuer"] = Issuer;
        Settings["Hub:PairwiseSecret"] = PairwiseSecret;
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            Settings[key] = value;
        }
        Environment = environment;
    }

    public TestRelyingPartyKeys RpKeys { get; }

    public FixedTrustListSource TrustList { get; }

    public FakeTimeProvider Time { get; }

    public IReplayCache ReplayCache { get; }

    public IHubKeyStore KeyStore { get; }

    public IAuthorizationCodeStore CodeStore { get; }

    private ILoggerProvider? Logs { get; }

    public TestInteraction Interaction { get; }

    public ITokenRevocationStore Revocation { get; } = new InMemoryTokenRevocationStore();

    private Dictionary<string, string?> Settings { get; }

    private string Environment { get; }

    public OidcTestClient CreateOidcClient(string clientId = TestTrustList.OsakaService)
        => new(CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri(Issuer) }), this, clientId);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environment);
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Time);
            services.RemoveAll<ITrustListSource>();
            services.AddSingleton<ITrustListSource>(TrustList);
            services.RemoveAll<IReplayCache>();
            services.AddSingleton(ReplayCache);
            services.RemoveAll<IHubKeyStore>();
            services.AddSingleton(KeyStore);
            services.RemoveAll<IAuthorizationCodeStore>();
            services.AddSingleton(CodeStore);
            if (Logs is not null)
            {
                services.AddSingleton(Logs);
            }
            services.RemoveAll<IAuthorizationInteraction>();
            services.AddSingleton<IAuthorizationInteraction>(Interaction);
            services.RemoveAll<ITokenRevocationStore>();
            services.AddSingleton(Revocation);
        });
    }
}
