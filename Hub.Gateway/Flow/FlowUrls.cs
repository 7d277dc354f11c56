using Hub.Adapters.Saml2.Options;
using Hub.Gateway.OpenIdProvider.Authorization;
using Hub.Gateway.OpenIdProvider.Options;
using Hub.TrustList.Model;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace Hub.Gateway.Flow;

/// <summary>
/// Absolute URLs of the hub's own steps, built from the issuer (never from the request's Host header), so that any
/// instance behind the load balancer sends the browser to the same public names.
/// </summary>
internal sealed class FlowUrls(IOptions<HubOpenIdProviderOptions> hub, IOptions<Saml2SpOptions> saml)
{
    private string Base => hub.Value.Issuer.AbsoluteUri.EndsWith('/') ? hub.Value.Issuer.AbsoluteUri : hub.Value.Issuer.AbsoluteUri + "/";

    public string Complete(string flowId)
        => QueryHelpers.AddQueryString(Base + OpenIdProviderEndpoints.AuthorizeComplete, OpenIdProviderEndpoints.FlowParameter, flowId);

    public string Choose(string flowId) => QueryHelpers.AddQueryString(Base + FlowPaths.Choose, FlowPaths.FlowParameter, flowId);

    public string Consent(string flowId) => QueryHelpers.AddQueryString(Base + FlowPaths.Consent, FlowPaths.FlowParameter, flowId);

    /// <summary>The consent dashboard (<c>/consents</c>).</summary>
    public string Dashboard => Base + FlowPaths.Consents;

    /// <summary>The error page; with <paramref name="returnFlowId"/>, it offers to hand that decided flow back to the RP.</summary>
    public string Error(FlowErrorKind kind, string correlationId, string? returnFlowId = null)
    {
        var url = QueryHelpers.AddQueryString(Base + FlowPaths.Error + "/" + ErrorSlug(kind), "id", correlationId);
        return returnFlowId is null ? url : QueryHelpers.AddQueryString(url, FlowPaths.FlowParameter, returnFlowId);
    }

    /// <summary>Where a provider of <paramref name="protocol"/> sends the browser back.</summary>
    public Uri Callback(ProviderProtocol protocol) => protocol switch
    {
        ProviderProtocol.Saml2 => new Uri(saml.Value.AssertionConsumerServiceUrl),
        _ => new Uri(Base + FlowPaths.OidcCallback),
    };

    public static string ErrorSlug(FlowErrorKind kind) => kind switch
    {
        FlowErrorKind.FlowExpired => "flow-expired",
        FlowErrorKind.FlowNotBound => "flow-not-bound",
        FlowErrorKind.ProviderSuspended => "provider-suspended",
        FlowErrorKind.ProviderUnavailable => "provider-unavailable",
        FlowErrorKind.ResponseRejected => "response-rejected",
        FlowErrorKind.StoreUnavailable => "store-unavailable",
        FlowErrorKind.LevelNotMet => "level-not-met",
        FlowErrorKind.ConsentRefused => "consent-refused",
        _ => "bad-request",
    };

    public static FlowErrorKind? ParseSlug(string? slug)
        => Enum.GetValues<FlowErrorKind>().Cast<FlowErrorKind?>().FirstOrDefault(k => ErrorSlug(k!.Value) == slug);
}
