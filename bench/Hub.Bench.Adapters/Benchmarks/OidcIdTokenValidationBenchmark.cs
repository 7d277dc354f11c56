using System.Security.Cryptography;
using Hub.Adapters.Oidc.Configuration;
using Hub.Adapters.Oidc.Validation;
using Hub.TrustList.Common;
using Hub.TrustList.Model;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Hub.Bench.Adapters.Benchmarks;

/// <summary>
/// Validation of an RS256 ID token by the OIDC adapter's validator: header policy, pinned key, signature, iss, aud,
/// times, nonce and claim rules. Compare with <see cref="RsaVerifyBenchmark"/>, the raw verify it cannot avoid.
/// </summary>
internal sealed class OidcIdTokenValidationBenchmark : IBenchmark
{
    private static readonly DateTimeOffset Now = new(2025, 4, 1, 9, 0, 0, TimeSpan.Zero);
    private IdTokenValidator _validator = null!;
    private IdTokenExpectations _expectations = null!;
    private string _idToken = null!;

    public string Name => "oidc.id-token-validate";

    public string Description => "validate one RS256 ID token (pinned JWKS, all OIDC Core checks)";

    public void Setup()
    {
        using var rsa = RSA.Create(2048);
        var parameters = rsa.ExportParameters(false);
        var metadata = new OidcProviderMetadata(
            Issuer: "https://id.mydoor-osaka.example.jp",
            AuthorizationEndpoint: new Uri("https://id.mydoor-osaka.example.jp/authorize"),
            TokenEndpoint: new Uri("https://id.mydoor-osaka.example.jp/token"),
            UserinfoEndpoint: null,
            Jwks: new PublicJwkSet([new PublicJwk { Kty = "RSA", Kid = "op-1", Use = "sig", N = Base64Url.Encode(parameters.Modulus), E = Base64Url.Encode(parameters.Exponent) }]),
            IdTokenSigningAlgValues: ["RS256"],
            ClientId: "hub-jp-regional-id");
        _expectations = new IdTokenExpectations(metadata, Nonce: "n-0S6_WzA2Mj");
        _idToken = CreateIdToken(rsa, metadata, _expectations.Nonce);
        _validator = new IdTokenValidator(new OidcAdapterOptions(), new FixedTime(Now));
    }

    public void Invoke()
    {
        if (!_validator.ValidateAsync(_idToken, _expectations).GetAwaiter().GetResult().IsSuccess)
        {
            throw new InvalidOperationException("The benchmark token did not validate.");
        }
    }

    private static string CreateIdToken(RSA rsa, OidcProviderMetadata metadata, string nonce) =>
        new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = metadata.Issuer,
            Audience = metadata.ClientId,
            IssuedAt = Now.UtcDateTime,
            Expires = Now.AddMinutes(5).UtcDateTime,
            Claims = new Dictionary<string, object>
            {
                ["sub"] = "osaka-user-0001",
                ["nonce"] = nonce,
                ["auth_time"] = Now.AddSeconds(-30).ToUnixTimeSeconds(),
                ["acr"] = "urn:jp:regional-id:loa:B",
                ["amr"] = new[] { "hwk", "pin" },
                ["name"] = "大阪 花子",
                ["email"] = "hanako@example.jp",
                ["email_verified"] = true,
                ["address"] = new Dictionary<string, object> { ["region"] = "大阪府", ["locality"] = "堺市" },
            },
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(RSA.Create(rsa.ExportParameters(true))) { KeyId = "op-1" }, SecurityAlgorithms.RsaSha256),
        });

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
