using System.Security.Cryptography;
using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Sandbox.RelyingParty.Tests.Support.FakeOp;

/// <summary>
/// What the real hub checks on a token request, done independently of the RP's code: the private_key_jwt assertion
/// (RFC 7523: signature by the registered public key, iss = sub = client_id, aud = the token endpoint, a jti, a
/// short exp) and PKCE S256 (RFC 7636 §4.6) against the challenge of the code.
/// </summary>
internal static class TokenRequestCheck
{
    public const string AssertionType = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

    public static async Task<(JsonWebToken? Assertion, string? Rejection)> ClientAsync(
        IReadOnlyDictionary<string, string> form, string clientId, JsonWebKey registeredKey, string tokenEndpoint, ISet<string> seenJtis)
    {
        if (form.ContainsKey("client_secret"))
        {
            return (null, "client_secret sent");
        }
        if (form.GetValueOrDefault("client_assertion_type") != AssertionType || form.GetValueOrDefault("client_assertion") is not { } assertion)
        {
            return (null, "no client assertion");
        }
        var result = await new JsonWebTokenHandler().ValidateTokenAsync(assertion, new TokenValidationParameters
        {
            ValidIssuer = clientId,
            ValidAudience = tokenEndpoint,
            IssuerSigningKey = registeredKey,
            ValidAlgorithms = [SecurityAlgorithms.EcdsaSha256],
            RequireExpirationTime = true,
        });
        if (!result.IsValid)
        {
            return (null, "assertion invalid: " + result.Exception.GetType().Name);
        }
        var token = (JsonWebToken)result.SecurityToken;
        if (token.Subject != clientId)
        {
            return (token, "sub is not the client_id");
        }
        if (string.IsNullOrEmpty(token.Id) || !seenJtis.Add(token.Id))
        {
            return (token, "jti missing or replayed");
        }
        if (token.ValidTo - token.IssuedAt > TimeSpan.FromMinutes(5))
        {
            return (token, "assertion lives too long");
        }
        return (token, null);
    }

    public static string? Pkce(PendingCode code, string? verifier)
    {
        if (code.CodeChallengeMethod != "S256")
        {
            return "code_challenge_method is not S256";
        }
        if (verifier is null)
        {
            return "no code_verifier";
        }
        var computed = Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));
        return computed == code.CodeChallenge ? null : "code_verifier does not match the challenge";
    }
}
