using System.Collections.Frozen;
using Hub.TrustList.Loading;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using OpenIddict.Server;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Hub.Gateway.OpenIdProvider.Authorization;

/// <summary>
/// Serves a plain authorization request at <c>/connect/authorize</c> without OpenIddict's pipeline
/// (docs/decisions/0011-direct-authorization-request.md). Plain means: a GET whose query holds only the parameters
/// below, each once and not empty; <c>response_type=code</c> in the query response mode; an S256 challenge of the
/// length S256 gives (43 characters of base64url); scopes that are all registered; an absolute redirect_uri without
/// fragment; and then everything <see cref="AuthorizationRequestChecks"/> requires of the client, the redirect_uri,
/// the scope, the claims parameter, max_age and the level of assurance against the current trust list. Such a request
/// is one OpenIddict would accept as well. It then goes to the interaction as OpenIddict's passthrough would send it,
/// and the decision is answered by <see cref="AuthorizationAnswer"/>, as at the in-place completion.
/// </summary>
/// <remarks>
/// Anything else returns null before anything is stored or sent, and the request continues to OpenIddict, which
/// answers it as it always did: every refusal at this endpoint (error page or error redirect) is still OpenIddict's
/// and the hub's handlers' in its pipeline.
/// </remarks>
internal sealed class DirectAuthorization(
    ITrustListSource trustList,
    IAuthorizationInteraction interaction,
    AuthorizationAnswer answer,
    IOptionsMonitor<OpenIddictServerOptions> server)
{
    /// <summary>The parameters a plain request may carry; any other (prompt, request, id_token_hint...) is OpenIddict's.</summary>
    private static readonly FrozenSet<string> PlainParameters = FrozenSet.Create(StringComparer.Ordinal,
        Parameters.ClientId, Parameters.RedirectUri, Parameters.ResponseType, Parameters.ResponseMode, Parameters.Scope,
        Parameters.State, Parameters.Nonce, Parameters.CodeChallenge, Parameters.CodeChallengeMethod, Parameters.AcrValues,
        Parameters.Claims, Parameters.MaxAge, Parameters.LoginHint, Parameters.UiLocales, "idp_hint");

    /// <summary>The length of BASE64URL(SHA-256(verifier)) without padding (RFC 7636 4.2).</summary>
    private const int S256ChallengeLength = 43;

    public async Task<IResult?> TryRunAsync(HttpContext context)
    {
        if (!HttpMethods.IsGet(context.Request.Method) || ReadPlainQuery(context.Request.Query) is not { } parameters)
        {
            return null;
        }
        var request = new OpenIddictRequest(parameters);
        if (!AuthorizationAnswer.IsPlainCodeRequest(request)
            || !IsS256Challenge(request.CodeChallenge!)
            || !IsAbsoluteWithoutFragment(request.RedirectUri)
            || !AreRegistered(request.GetScopes()))
        {
            return null;
        }
        if (AuthorizationRequestChecks.PassesAll(trustList.Current, request) is not { } validated)
        {
            return null;
        }
        var decision = await interaction.BeginAsync(validated, context, context.RequestAborted);
        return decision is AuthorizationDecision.Interact interact
            ? interact.Result
            : await answer.FinishAsync(context, validated, request.CodeChallenge!, decision);
    }

    /// <summary>The query as parameters if every name is a plain one, given once, with a value; else null.</summary>
    private static List<KeyValuePair<string, string?>>? ReadPlainQuery(IQueryCollection query)
    {
        var parameters = new List<KeyValuePair<string, string?>>(query.Count);
        foreach (var (name, values) in query)
        {
            if (!PlainParameters.Contains(name) || values.Count != 1 || string.IsNullOrEmpty(values[0]))
            {
                return null;
            }
            parameters.Add(new(name, values[0]));
        }
        return parameters;
    }

    private static bool IsS256Challenge(string challenge)
    {
        if (challenge.Length != S256ChallengeLength)
        {
            return false;
        }
        foreach (var c in challenge)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '-' && c != '_')
            {
                return false;
            }
        }
        return true;
    }

    private static bool IsAbsoluteWithoutFragment(string? redirectUri)
        => Uri.TryCreate(redirectUri, UriKind.Absolute, out var uri) && string.IsNullOrEmpty(uri.Fragment);

    private bool AreRegistered(IEnumerable<string> scopes)
    {
        var registered = server.CurrentValue.Scopes;
        foreach (var scope in scopes)
        {
            if (!registered.Contains(scope))
            {
                return false;
            }
        }
        return true;
    }
}
