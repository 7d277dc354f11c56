namespace Sandbox.RelyingParty.Tests.Support.FakeOp;

/// <summary>How the fake hub answers; tests change it before driving a login.</summary>
internal sealed class FakeHubBehaviour
{
    /// <summary>An OAuth error to answer the authorization request with (e.g. <c>access_denied</c>) instead of a code.</summary>
    public string? AuthorizeError { get; set; }

    public string? AuthorizeErrorDescription { get; set; }

    /// <summary>The <c>iss</c> parameter to send instead of the real issuer (a mix-up).</summary>
    public string? IssParameterOverride { get; set; }

    /// <summary>Send no <c>iss</c> parameter at all.</summary>
    public bool OmitIssParameter { get; set; }

    /// <summary>Announce <c>authorization_response_iss_parameter_supported</c> in discovery.</summary>
    public bool AdvertiseIssParameter { get; set; } = true;

    /// <summary>Sign ID tokens with this key instead of the published one (a forgery).</summary>
    public Microsoft.IdentityModel.Tokens.SecurityKey? IdTokenKeyOverride { get; set; }

    public string Subject { get; set; } = "pairwise-sub-4f2a9c";

    public string Acr { get; set; } = "urn:jp:regional-id:loa:B";
}
