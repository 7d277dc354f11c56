using System.Net;
using System.Text;
using Hub.Gateway.OpenIdProvider.Authorization;
using Hub.Gateway.OpenIdProvider.ClientAuthentication;
using Hub.TrustList.Common;
using Microsoft.Net.Http.Headers;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Hub.Gateway.OpenIdProvider.Token;

/// <summary>
/// Reads a token request (RFC 6749 3.2, 4.1.3): POST, form-encoded, each parameter at most once, and the client's
/// credentials from the body or from HTTP Basic (RFC 6749 2.3.1: client_id and secret form-urlencoded before
/// base64), never both.
/// </summary>
internal static class TokenRequestReader
{
    public static async Task<Result<TokenRequest, OpenIdError>> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!HttpMethods.IsPost(request.Method))
        {
            return Invalid("op.token.method", "The token endpoint accepts POST only.");
        }
        if (!request.HasFormContentType)
        {
            return Invalid("op.token.content_type", "The token request must be application/x-www-form-urlencoded.");
        }
        var form = await request.ReadFormAsync(cancellationToken);
        foreach (var (name, values) in form)
        {
            if (values.Count > 1)
            {
                return Invalid("op.token.repeated_parameter", $"The parameter '{name}' is repeated.");
            }
        }
        string? Value(string name) => form.TryGetValue(name, out var value) && !string.IsNullOrEmpty(value) ? value.ToString() : null;

        var clientId = Value(Parameters.ClientId);
        var secret = Value(Parameters.ClientSecret);
        var fromBasic = false;
        var authorization = request.Headers[HeaderNames.Authorization].ToString();
        if (authorization.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            if (secret is not null)
            {
                return Invalid("op.token.credentials_twice", "Send the client secret either in the Authorization header or in the body, not both.");
            }
            if (!TryParseBasic(authorization[6..].Trim(), out var basicId, out var basicSecret))
            {
                return Invalid("op.token.basic_malformed", "The Basic authorization header is malformed.");
            }
            if (clientId is not null && !string.Equals(clientId, basicId, StringComparison.Ordinal))
            {
                return Invalid("op.token.client_id_mismatch", "The client_id of the body and of the Authorization header differ.");
            }
            (clientId, secret, fromBasic) = (basicId, basicSecret, true);
        }
        return Result<TokenRequest, OpenIdError>.Ok(new TokenRequest(
            Value(Parameters.GrantType),
            Value(Parameters.Code),
            Value(Parameters.RedirectUri),
            Value(Parameters.CodeVerifier),
            new ClientAuthenticationRequest(clientId, Value(Parameters.ClientAssertion), Value(Parameters.ClientAssertionType), secret, fromBasic)));
    }

    private static bool TryParseBasic(string encoded, out string clientId, out string secret)
    {
        clientId = secret = string.Empty;
        var bytes = new byte[encoded.Length];
        if (!Convert.TryFromBase64String(encoded, bytes, out var length))
        {
            return false;
        }
        var text = Encoding.UTF8.GetString(bytes, 0, length);
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
        {
            return false;
        }
        clientId = WebUtility.UrlDecode(text[..colon]);
        secret = WebUtility.UrlDecode(text[(colon + 1)..]);
        return secret.Length > 0;
    }

    private static OpenIdError Invalid(string code, string description) => new(Errors.InvalidRequest, code, description);
}
