using Hub.TrustList.Common;
using Hub.TrustList.Model;
using Sandbox.Providers.Common;
using Sandbox.Providers.Oidc.Token;

namespace Sandbox.Providers.Oidc.Authorize;

/// <summary>
/// Checks /authorize parameters. The client and the exact redirect URI come first: until both are known, an
/// error is a page. After that, errors are redirected (RFC 6749 §4.1.2.1). Code flow only, PKCE S256 required.
/// </summary>
internal sealed class AuthorizeRequestValidator(OidcSandboxProviderOptions options, OidcProviderProfile profile)
{
    public const int MaxStateLength = 2048;
    public const int MaxNonceLength = 512;

    public Result<ValidatedAuthorizeRequest, AuthorizeError> Validate(FormFields p)
    {
        var clientId = p["client_id"];
        if (clientId is null || clientId != options.ClientId)
        {
            return new AuthorizeError("unknown_client", "The client_id is missing, repeated or not registered.");
        }
        var redirectUri = p["redirect_uri"];
        if (redirectUri is null || !options.RedirectUris.Contains(redirectUri, StringComparer.Ordinal))
        {
            return new AuthorizeError("redirect_uri_not_registered", "The redirect_uri is missing, repeated or not registered exactly.");
        }
        var state = p["state"] is { Length: <= MaxStateLength } s ? s : null;
        AuthorizeError Redirect(string error, string description) => new(error, description, redirectUri, state);

        if (p.HasDuplicates)
        {
            return Redirect("invalid_request", "A parameter is repeated.");
        }
        if (p["state"] is { Length: > MaxStateLength })
        {
            return Redirect("invalid_request", "state is too long.");
        }
        if (p.Contains("request"))
        {
            return Redirect("request_not_supported", "Request objects are not supported.");
        }
        if (p.Contains("request_uri"))
        {
            return Redirect("request_uri_not_supported", "request_uri is not supported.");
        }
        if (p["response_type"] != "code")
        {
            return Redirect("unsupported_response_type", "Only the authorization code flow (response_type=code) is supported.");
        }
        if (p["response_mode"] is { } mode && mode != "query")
        {
            return Redirect("invalid_request", "Only response_mode=query is supported.");
        }
        var scope = p["scope"] ?? "";
        if (!scope.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains("openid"))
        {
            return Redirect("invalid_scope", "The scope must include openid.");
        }
        var challenge = p["code_challenge"];
        if (challenge is null)
        {
            return Redirect("invalid_request", "PKCE is required: code_challenge is missing.");
        }
        if (p["code_challenge_method"] != "S256")
        {
            return Redirect("invalid_request", "PKCE code_challenge_method must be S256.");
        }
        if (!Pkce.IsWellFormedChallenge(challenge))
        {
            return Redirect("invalid_request", "code_challenge is not a base64url SHA-256 value.");
        }
        if (p["nonce"] is { Length: > MaxNonceLength })
        {
            return Redirect("invalid_request", "nonce is too long.");
        }
        if ((p["prompt"] ?? "").Split(' ').Contains("none"))
        {
            return Redirect("login_required", "The sandbox keeps no session; the person must log in.");
        }
        var level = RequiredLevel(p["acr_values"]);
        if (!level.IsSuccess)
        {
            return Redirect("unmet_authentication_requirements", "None of the requested acr_values is supported.");
        }
        var brand = p["brand"] ?? p["ui_brand"];
        return Result<ValidatedAuthorizeRequest, AuthorizeError>.Ok(new ValidatedAuthorizeRequest(
            clientId, redirectUri, state, p["nonce"], challenge, scope, level.Value,
            brand is not null && profile.Brands.ContainsKey(brand) ? brand : null, p["login_hint"]));
    }

    /// <summary>
    /// The weakest level among the understood acr_values (any one of them satisfies the request); null when none
    /// were requested; an error when some were requested but none is understood.
    /// </summary>
    private Result<LevelOfAssurance?, AuthorizeError> RequiredLevel(string? acrValues)
    {
        var requested = (acrValues ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (requested.Length == 0)
        {
            return Result<LevelOfAssurance?, AuthorizeError>.Ok(null);
        }
        var levels = requested.Select(profile.LevelOf).OfType<LevelOfAssurance>().ToList();
        return levels.Count == 0
            ? new AuthorizeError("unmet_authentication_requirements", "unsupported acr_values")
            : Result<LevelOfAssurance?, AuthorizeError>.Ok(levels.Min());
    }
}
