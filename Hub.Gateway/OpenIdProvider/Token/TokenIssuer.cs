using System.Buffers;
using System.Globalization;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Hub.Gateway.OpenIdProvider.AccessTokens;
using Hub.Gateway.OpenIdProvider.Keys;
using Hub.Gateway.OpenIdProvider.Options;
using Hub.Gateway.OpenIdProvider.Release;
using Hub.TrustList.Common;
using Microsoft.Extensions.Options;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Hub.Gateway.OpenIdProvider.Token;

/// <summary>
/// Issues the tokens of a redeemed code with the rotating hub keys. The access token is opaque to the RP, sealed by
/// the hub for itself (<see cref="SealedAccessToken"/>, decision 0012) and read back only by its userinfo endpoint:
/// sub, client_id, scope, iat, exp and the released claims. The ID token (OIDC Core 2 and 3.1.3.6: iss, sub, aud, azp, exp, iat, auth_time, nonce, acr, amr, at_hash, and
/// the released claims with their JSON types), signed with the RP's registered algorithm (RS256 unless ES256 is
/// registered for it), written and signed by the hub itself (<see cref="CompactJws"/>, decision 0013).
/// </summary>
internal sealed class TokenIssuer(HubKeyRing keyRing, IOptions<HubOpenIdProviderOptions> options, TimeProvider time, ISecureRandom random)
{
    public async Task<IssuedTokens> IssueAsync(RedeemedCode code, string clientId, CancellationToken cancellationToken)
    {
        var keys = await keyRing.GetAsync(cancellationToken);
        var settings = options.Value;
        var issuer = settings.Issuer.AbsoluteUri;
        var now = time.GetUtcNow();
        var lifetime = settings.OpenIdProvider.AccessTokenLifetime;
        var scopes = code.Scopes;

        var accessToken = SealedAccessToken.Seal(
            new AccessTokenContent(code.Subject!, clientId, string.Join(' ', scopes), now, now + lifetime, code.Released ?? "{}"),
            keys.CurrentSealingKey, random);

        var algorithm = settings.OpenIdProvider.IdTokenSigningAlgorithms.TryGetValue(clientId, out var preferred) ? preferred : HubKeyAlgorithms.Rs256;
        var payload = IdTokenPayload(code, clientId, issuer, now, now + settings.OpenIdProvider.IdentityTokenLifetime, AccessTokenHash(accessToken));
        var idToken = CompactJws.Sign(keys.SigningKeyFor(algorithm), algorithm, payload.WrittenSpan);
        return new IssuedTokens(accessToken, lifetime, idToken, scopes);
    }

    /// <summary>
    /// The ID token's claims, each name once: iss, aud, iat and exp first, then the code's ID-token claims (auth_time,
    /// acr, amr), then sub, azp, at_hash and nonce, then the released claims. A name already written is not written
    /// again, so a claim of the code can never replace a protocol claim.
    /// </summary>
    private static ArrayBufferWriter<byte> IdTokenPayload(
        RedeemedCode code, string clientId, string issuer, DateTimeOffset issuedAt, DateTimeOffset expiresAt, string accessTokenHash)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        var written = new HashSet<string>(StringComparer.Ordinal)
        {
            Claims.Issuer, Claims.Audience, Claims.IssuedAt, Claims.ExpiresAt,
            Claims.Subject, Claims.AuthorizedParty, Claims.AccessTokenHash, Claims.Nonce,
        };
        // Japanese values stay UTF-8 (3 bytes a character, not a 6-byte \u escape): the payload is base64url-encoded,
        // never placed in HTML.
        using var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        writer.WriteStartObject();
        writer.WriteString(Claims.Issuer, issuer);
        writer.WriteString(Claims.Audience, clientId);
        writer.WriteNumber(Claims.IssuedAt, issuedAt.ToUnixTimeSeconds());
        writer.WriteNumber(Claims.ExpiresAt, expiresAt.ToUnixTimeSeconds());
        foreach (var group in code.IdTokenClaims.GroupBy(c => c.Type, StringComparer.Ordinal))
        {
            if (!written.Add(group.Key))
            {
                continue;
            }
            writer.WritePropertyName(group.Key);
            if (group.Key == Claims.AuthenticationMethodReference || group.Count() > 1)
            {
                writer.WriteStartArray();
                foreach (var claim in group)
                {
                    writer.WriteStringValue(claim.Value);
                }
                writer.WriteEndArray();
            }
            else
            {
                WriteTyped(writer, group.First());
            }
        }
        writer.WriteString(Claims.Subject, code.Subject);
        writer.WriteString(Claims.AuthorizedParty, clientId);
        writer.WriteString(Claims.AccessTokenHash, accessTokenHash);
        if (code.Nonce is not null)
        {
            writer.WriteString(Claims.Nonce, code.Nonce);
        }
        ReleasedClaims.WriteTokenClaims(code.Released, writer, written);
        writer.WriteEndObject();
        writer.Flush();
        return buffer;
    }

    /// <summary>OIDC Core 3.1.3.6: the left half of the SHA-256 of the access token (both algorithms hash with SHA-256).</summary>
    private static string AccessTokenHash(string accessToken)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.ASCII.GetBytes(accessToken), hash);
        return Base64Url.Encode(hash[..16]);
    }

    private static void WriteTyped(Utf8JsonWriter writer, Codes.StoredClaim claim)
    {
        if (claim.ValueType is ClaimValueTypes.Integer64 or ClaimValueTypes.Integer or ClaimValueTypes.Integer32
            && long.TryParse(claim.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number))
        {
            writer.WriteNumberValue(number);
        }
        else
        {
            writer.WriteStringValue(claim.Value);
        }
    }
}
