using Hub.Adapters.Abstractions;
using Hub.Gateway.OpenIdProvider.Authorization;
using Hub.Gateway.OpenIdProvider.ClientAuthentication;
using Hub.Gateway.OpenIdProvider.Codes;
using Hub.Gateway.OpenIdProvider.EndSession;
using Hub.Gateway.OpenIdProvider.Handlers;
using Hub.Gateway.OpenIdProvider.Hosting.Dispatching;
using Hub.Gateway.OpenIdProvider.Keys;
using Hub.Gateway.OpenIdProvider.Options;
using Hub.Gateway.OpenIdProvider.Subjects;
using Hub.Gateway.OpenIdProvider.Token;
using Hub.Gateway.OpenIdProvider.UserInfo;
using Hub.Gateway.Stores.Abstractions;
using Hub.Gateway.Stores.InMemory;
using Hub.TrustList.Common;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using OpenIddict.Server;
using OpenIddict.Server.AspNetCore;

namespace Hub.Gateway.OpenIdProvider.Hosting;

public static class OpenIdProviderServiceCollectionExtensions
{
    /// <summary>
    /// The OpenID provider toward relying parties (OpenIddict server in degraded mode with the hub's handlers).
    /// Needs an <c>ITrustListSource</c>. Registers in-memory defaults (TryAdd) for the replay cache, the hub key store
    /// and the token revocation store (register the shared stores first, e.g. <c>AddHubStores</c>, to use Redis), and an <see cref="IAuthorizationInteraction"/> that refuses every request unless the
    /// sandbox auto login is enabled: the orchestration registers the real one.
    /// </summary>
    public static IServiceCollection AddHubOpenIdProvider(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<HubOpenIdProviderOptions>().Bind(configuration.GetSection(HubOpenIdProviderOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<HubOpenIdProviderOptions>, HubOpenIdProviderOptionsValidator>());

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ISecureRandom>(SystemSecureRandom.Instance);
        services.TryAddSingleton<IReplayCache, InMemoryReplayCache>();
        services.TryAddSingleton<IHubKeyStore, InMemoryHubKeyStore>();
        services.TryAddSingleton<ITokenRevocationStore, InMemoryTokenRevocationStore>();
        services.AddDataProtection();
        services.TryAddSingleton<IHubSessionTerminator, NoHubSession>();
        services.TryAddSingleton<IAuthorizationInteraction>(DefaultInteraction);

        services.TryAddSingleton<SharedHubKeyStore>();
        services.TryAddSingleton<HubKeyFactory>();
        services.TryAddSingleton<HubKeyRing>();
        services.TryAddSingleton<PairwiseSubjectCalculator>();
        services.TryAddSingleton<ClientAssertionValidator>();
        services.TryAddSingleton<ClientAuthenticator>();
        services.TryAddSingleton<AuthorizationPrincipalFactory>();
        services.TryAddSingleton<CodeIssuer>();
        services.TryAddSingleton<ICodeIssuanceAudit, NoCodeIssuanceAudit>();
        services.TryAddSingleton<AuthorizationAnswer>();
        services.TryAddSingleton<DirectCompletion>();
        services.TryAddSingleton<DirectAuthorization>();
        services.TryAddSingleton<TokenIssuer>();
        services.TryAddSingleton<TokenEndpoint>();
        services.TryAddSingleton<AccessTokenReader>();
        services.TryAddSingleton<UserInfoEndpoint>();

        services.AddSingleton<ConfigureOpenIddictFromHubOptions>();
        services.AddSingleton<IConfigureOptions<OpenIddictServerOptions>>(sp => sp.GetRequiredService<ConfigureOpenIddictFromHubOptions>());
        services.AddSingleton<IConfigureOptions<OpenIddictServerAspNetCoreOptions>>(sp => sp.GetRequiredService<ConfigureOpenIddictFromHubOptions>());

        services.AddOpenIddict().AddServer(OpenIddictServerSetup.Configure);

        // OpenIddict registers its dispatcher scoped (TryAdd); ours runs the same handlers in the same order with the
        // handlers of each event cached (Dispatching/HubServerDispatcher). Later AddServer calls TryAdd and keep ours.
        services.TryAddSingleton(new ServiceLifetimes(services));
        services.TryAddSingleton<ServerHandlerTable>();
        services.Replace(ServiceDescriptor.Scoped<IOpenIddictServerDispatcher, HubServerDispatcher>());
        return services;
    }

    private static IAuthorizationInteraction DefaultInteraction(IServiceProvider services)
        => services.GetRequiredService<IOptions<HubOpenIdProviderOptions>>().Value.OpenIdProvider.AutoLogin.Enabled
            ? ActivatorUtilities.CreateInstance<SandboxAutoLoginInteraction>(services)
            : ActivatorUtilities.CreateInstance<NotConfiguredAuthorizationInteraction>(services);
}
