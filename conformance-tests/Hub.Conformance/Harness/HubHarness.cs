using Hub.Adapters.Abstractions;
using Hub.Adapters.DependencyInjection;
using Hub.Adapters.Mapping.Loading;
using Hub.Adapters.Oidc.Configuration;
using Hub.Adapters.Oidc.Http;
using Hub.Adapters.Saml2.Options;
using Hub.Adapters.Translation;
using Hub.Conformance.Candidates;
using Hub.TrustList.Common;
using Hub.TrustList.Conformance;
using Hub.TrustList.Loading;
using Hub.TrustList.Model;
using Hub.TrustList.Signing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Hub.Conformance.Harness;

/// <summary>
/// The hub's real adapters, registered with <c>AddHubAdapters</c> over a trust list that holds only the candidate,
/// configured with what the hub registered at the candidate. Hooks record what the adapters saw; nothing else of
/// the hub's validation is changed (see docs/decisions/0006-conformance-suite.md).
/// </summary>
internal sealed class HubHarness : IDisposable
{
    public const string BrowserClient = "conformance-browser";
    public const string MetadataClient = "conformance-metadata";

    private readonly ServiceProvider _services;

    private HubHarness(ServiceProvider services, ProviderProtocol protocol)
    {
        _services = services;
        Adapter = services.GetRequiredService<IProviderAdapterRegistry>().For(protocol);
        Profiles = services.GetRequiredService<IMappingProfileStore>();
        Http = services.GetRequiredService<IHttpClientFactory>();
    }

    public IProviderAdapter Adapter { get; }

    public IMappingProfileStore Profiles { get; }

    public IHttpClientFactory Http { get; }

    /// <param name="saml">Changes to the hub's SP settings, for requests the candidate must refuse (another ACS or SP).</param>
    public static Result<HubHarness, ConformanceError> Create(Candidate candidate, TimeProvider time, Action<Saml2SpOptions>? saml = null)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(time);
        var document = CandidateTrustList.Document(candidate.Entry, time.GetUtcNow());
        services.AddSingleton<ITrustListSource>(new FixedTrustListSource(CandidateTrustList.Snapshot(document)));
        services.AddHubAdapters().ConfigureOidc(options => ConfigureOidc(options, candidate));
        services.Replace(ServiceDescriptor.Singleton<IReplayCache, ScopedReplayCache>());
        services.AddSingleton<AssertionTranslator>();
        services.Replace(ServiceDescriptor.Singleton<IAssertionTranslator>(sp => new RecordingTranslator(sp.GetRequiredService<AssertionTranslator>())));
        services.AddHttpClient(OidcHttp.ClientName).AddHttpMessageHandler(() => new TokenResponseRecorder());
        if (candidate.MappingProfilesDirectory is { } directory)
        {
            services.Configure<MappingProfileStoreOptions>(options => options.Directories.Add(directory));
        }
        if (candidate.Saml2 is { } registration)
        {
            services.AddOptions<Saml2SpOptions>()
                .Configure(options => ConfigureSaml(options, registration, saml))
                .ValidateOnStart();
            services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<Saml2SpOptions>, Saml2SpOptionsValidator>());
        }
        SuiteHttpClients.Add(services);
        var provider = services.BuildServiceProvider();
        try
        {
            provider.GetRequiredService<IStartupValidator>().Validate();
        }
        catch (OptionsValidationException e)
        {
            provider.Dispose();
            return new ConformanceError("candidate.invalid", "The hub cannot be configured with the candidate's registration: " + e.Message);
        }
        return Result<HubHarness, ConformanceError>.Ok(new HubHarness(provider, candidate.Protocol));
    }

    private static void ConfigureOidc(OidcAdapterOptions options, Candidate candidate)
    {
        var registration = candidate.Oidc;
        // The adapter needs a key for private_key_jwt at start even when this candidate uses a secret: an unused one.
        options.ClientSigningKey = registration?.ClientPrivateJwk ?? KeyGenerator.Generate().PrivateJwk;
        options.RequireIssParameter = true;
        if (registration is null)
        {
            return;
        }
        options.Clients[candidate.Entry.Id] = new OidcClientOptions
        {
            Method = registration.Method,
            ClientSecret = registration.ClientSecret,
            PrivateJwk = registration.ClientPrivateJwk,
            Scopes = [.. registration.Scopes],
        };
    }

    private static void ConfigureSaml(Saml2SpOptions options, SamlRegistration registration, Action<Saml2SpOptions>? change)
    {
        options.EntityId = registration.SpEntityId;
        options.AssertionConsumerServiceUrl = registration.AcsUrl.AbsoluteUri;
        options.SigningCertificatePem = registration.SigningCertificatePem;
        options.SigningKeyPem = registration.SigningKeyPem;
        change?.Invoke(options);
    }

    public void Dispose() => _services.Dispose();
}
