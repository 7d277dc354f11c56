using Hub.Adapters.Identity;
using Hub.Gateway.Flow;
using Hub.Gateway.Policy;
using Hub.Gateway.Stores.Abstractions;
using Hub.TrustList.Common;
using Hub.TrustList.Model;

namespace Hub.Gateway.Consents.Dashboard;

/// <summary>
/// The dashboard's own login, on the login flow machinery without an RP: a flow whose client is
/// <see cref="ClientId"/> (no RP has it: trust-list client ids are not URNs) goes through the same choice page,
/// launcher, provider and callback as an RP's login; at the callback, instead of release and consent, the flow is
/// deleted and the person gets the dashboard session cookie. Nothing is released to anyone.
/// </summary>
internal sealed class DashboardSignIn(
    FlowRepository flows,
    FlowBrowserBinding binding,
    FlowUrls urls,
    DashboardSession session,
    ConsentSubject consentSubject,
    ISecureRandom random,
    TimeProvider time,
    ILogger<DashboardSignIn> logger)
{
    /// <summary>The client id of a dashboard sign-in flow.</summary>
    public const string ClientId = "urn:regional-id-hub:consent-dashboard";

    /// <summary>The level a dashboard sign-in needs: the list of services a person uses is personal data.</summary>
    public const LevelOfAssurance RequiredLoa = LevelOfAssurance.C;

    public static bool IsDashboardFlow(FlowState flow) => string.Equals(flow.ClientId, ClientId, StringComparison.Ordinal);

    /// <summary>Starts the sign-in: a flow bound to this browser, then the provider choice page.</summary>
    public async Task<FlowNext> BeginAsync(HttpContext httpContext, CancellationToken cancellationToken)
    {
        var secret = binding.NewSecret();
        var flow = new FlowState(random.NextToken(32), ClientId, new Dictionary<string, string>(), RequiredLoa,
            [], [], null, [], FlowStage.ChoosingProvider, time.GetUtcNow(), BrowserBinding: secret.Digest);
        if (!await flows.TryCreateAsync(flow, cancellationToken))
        {
            FlowLog.Refused(logger, "dashboard", "dashboard.flow.id_collision");
            return FlowNext.Fail(FlowErrorKind.BadRequest);
        }
        binding.Bind(httpContext, flow.FlowId, secret);
        FlowLog.Started(logger, ClientId, RequiredLoa.ToString(), null);
        return FlowNext.To(urls.Choose(flow.FlowId));
    }

    /// <summary>The provider answered for a dashboard flow: the person is signed in to the dashboard (flow deleted, used once).</summary>
    public async Task<FlowNext> CompleteAsync(Versioned<FlowState> flow, InternalIdentity identity, HttpContext httpContext, CancellationToken cancellationToken)
    {
        if (!await flows.TryDeleteAsync(flow.Value.FlowId, cancellationToken))
        {
            FlowLog.Refused(logger, "dashboard", "dashboard.flow.conflict");
            return FlowNext.Fail(FlowErrorKind.FlowExpired);
        }
        binding.Clear(httpContext, flow.Value.FlowId);
        session.SignIn(httpContext, consentSubject.For(identity.ProviderId, identity.ProviderSubject));
        FlowLog.Ended(logger, ClientId, "signed-in");
        return FlowNext.To(urls.Dashboard);
    }

    /// <summary>The person cancelled or could not reach the level: back to the (signed-out) dashboard.</summary>
    public async Task<FlowNext> AbandonAsync(Versioned<FlowState> flow, HttpContext httpContext, CancellationToken cancellationToken)
    {
        await flows.TryDeleteAsync(flow.Value.FlowId, cancellationToken);
        binding.Clear(httpContext, flow.Value.FlowId);
        FlowLog.Ended(logger, ClientId, "abandoned");
        return FlowNext.To(urls.Dashboard);
    }
}
