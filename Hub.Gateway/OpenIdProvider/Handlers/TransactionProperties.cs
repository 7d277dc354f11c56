namespace Hub.Gateway.OpenIdProvider.Handlers;

/// <summary>Names of the values the hub's handlers leave on an OpenIddict transaction for later steps.</summary>
internal static class TransactionProperties
{
    /// <summary>The <see cref="Authorization.ValidatedAuthorizationRequest"/> of an authorization request.</summary>
    public const string ValidatedRequest = "hub:validated_request";

    /// <summary>The redirect_uri once the client and it were checked against the trust list.</summary>
    public const string TrustedRedirectUri = "hub:trusted_redirect_uri";

    /// <summary>Set when /connect/authorize/complete names a flow that is gone: the error page is the flow-expired one.</summary>
    public const string FlowGone = "hub:flow_gone";

    /// <summary>The decision of a resumed flow (<see cref="Authorization.AuthorizationDecision"/>).</summary>
    public const string ResumedDecision = "hub:resumed_decision";

    /// <summary>The released claims (JSON) of a token response, for the ID token.</summary>
    public const string ReleasedClaims = "hub:released_claims";

    /// <summary>The relying party that authenticated at the token endpoint.</summary>
    public const string AuthenticatedClient = "hub:authenticated_client";
}
