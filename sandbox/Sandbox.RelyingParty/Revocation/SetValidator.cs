using System.Text.Json;
using Hub.TrustList.Common;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Sandbox.RelyingParty.Revocation;

/// <summary>
/// Validates a consent-revocation Security Event Token (RFC 8417) as RFC 8935 §2 asks of a receiver: a signed JWT
/// (ES256, RS256 or PS256) by a key of the hub, <c>iss</c> = the hub's issuer, <c>aud</c> = this client_id, a recent
/// <c>iat</c>, a <c>jti</c> not seen before, and an <c>events</c> object. Errors carry RFC 8935 codes.
/// </summary>
internal sealed class SetValidator(HubSetKeys keys, JtiReplayCache replay, DemoRelyingPartyOptions options)
{
    public const string SetType = "secevent+jwt";

    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(1);

    private static readonly HashSet<string> Algorithms = new(StringComparer.Ordinal)
    {
        SecurityAlgorithms.EcdsaSha256, SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSsaPssSha256,
    };

    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };

    public async Task<Result<ValidatedSet, SetError>> ValidateAsync(string token, CancellationToken cancellationToken)
    {
        if (Read(token) is not { } jwt)
        {
            return SetError.Request("The body is not a signed JWT (JWS compact serialization).");
        }
        if (!string.IsNullOrEmpty(jwt.Typ) && !IsSetType(jwt.Typ))
        {
            return SetError.Request("The JWT's typ is not secevent+jwt.");
        }
        if (!Algorithms.Contains(jwt.Alg))
        {
            return new SetError(SetError.InvalidKey, "The SET must be signed with ES256, RS256 or PS256.");
        }
        var hub = await keys.GetAsync(refresh: false, cancellationToken).ConfigureAwait(false);
        var result = await _handler.ValidateTokenAsync(jwt, Parameters(hub)).ConfigureAwait(false);
        if (result.Exception is SecurityTokenSignatureKeyNotFoundException && keys.CanRefresh)
        {
            hub = await keys.GetAsync(refresh: true, cancellationToken).ConfigureAwait(false);
            result = await _handler.ValidateTokenAsync(jwt, Parameters(hub)).ConfigureAwait(false);
        }
        if (!result.IsValid)
        {
            return Map(result.Exception);
        }
        return CheckPayload(jwt, hub.Issuer);
    }

    private Result<ValidatedSet, SetError> CheckPayload(JsonWebToken jwt, string issuer)
    {
        using var document = JsonDocument.Parse(Base64Url.Decode(jwt.EncodedPayload));
        var payload = document.RootElement;
        var now = options.TimeProvider.GetUtcNow();
        if (!payload.TryGetProperty(JwtRegisteredClaimNames.Iat, out var iat) || !iat.TryGetInt64(out var iatSeconds)
            || iatSeconds is < 0 or > 253402300799)
        {
            return SetError.Request("The SET has no iat.");
        }
        var issuedAt = DateTimeOffset.FromUnixTimeSeconds(iatSeconds);
        if (issuedAt < now - options.SetMaxAge || issuedAt > now + ClockSkew)
        {
            return SetError.Request("The SET's iat is not recent.");
        }
        if (string.IsNullOrEmpty(jwt.Id) || jwt.Id.Length > 256)
        {
            return SetError.Request("The SET has no usable jti.");
        }
        if (!payload.TryGetProperty("events", out var events)
            || events.ValueKind != JsonValueKind.Object
            || !events.EnumerateObject().Any()
            || events.EnumerateObject().Any(e => e.Value.ValueKind != JsonValueKind.Object))
        {
            return SetError.Request("The SET has no events object (RFC 8417 §2.2).");
        }
        switch (replay.TryUse(issuer, jwt.Id, issuedAt + options.SetMaxAge + ClockSkew))
        {
            case JtiUse.Replayed:
                return SetError.Request("The SET's jti was already received.");
            case JtiUse.Full:
                return SetError.Request("Too many SETs received recently; try again later.");
        }
        var types = events.EnumerateObject().Select(e => e.Name).ToList();
        return Result<ValidatedSet, SetError>.Ok(new ValidatedSet(jwt.Id, issuer, issuedAt, SetSubject.Of(payload), types, events.Clone()));
    }

    private TokenValidationParameters Parameters(HubKeys hub) => new()
    {
        ValidIssuer = hub.Issuer,
        ValidAudience = options.ClientId,
        IssuerSigningKeys = hub.SigningKeys,
        ValidAlgorithms = Algorithms,
        RequireSignedTokens = true,
        // A SET has no exp (RFC 8417 §2.2); its age is checked on iat with the injected clock.
        ValidateLifetime = false,
        RequireExpirationTime = false,
        ValidateTokenReplay = false,
        TryAllIssuerSigningKeys = true,
    };

    private static SetError Map(Exception exception) => exception switch
    {
        SecurityTokenInvalidIssuerException => new SetError(SetError.InvalidIssuer, "The SET's iss is not the hub."),
        SecurityTokenInvalidAudienceException => new SetError(SetError.InvalidAudience, "The SET's aud is not this client."),
        SecurityTokenSignatureKeyNotFoundException => new SetError(SetError.InvalidKey, "The SET is signed by a key the hub does not publish."),
        SecurityTokenInvalidSignatureException => new SetError(SetError.InvalidKey, "The SET's signature does not verify."),
        SecurityTokenInvalidAlgorithmException => new SetError(SetError.InvalidKey, "The SET's signing algorithm is not accepted."),
        _ => SetError.Request("The SET could not be validated."),
    };

    private static bool IsSetType(string typ) =>
        string.Equals(typ, SetType, StringComparison.OrdinalIgnoreCase) || string.Equals(typ, "application/" + SetType, StringComparison.OrdinalIgnoreCase);

    private static JsonWebToken? Read(string token)
    {
        try
        {
            var jwt = new JsonWebToken(token);
            return jwt.IsEncrypted ? null : jwt;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
