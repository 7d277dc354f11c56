using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Hub.Adapters.Oidc.Configuration;
using Hub.Adapters.Oidc.Validation;
using Hub.TrustList.Common;
using Hub.TrustList.Model;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Hub.Bench.Adapters;

/// <summary>
/// Validation of an RS256 ID token by the OIDC adapter's validator (header policy, pinned key, signature, iss, aud,
/// claim rules), next to one raw RSA-2048 PKCS#1 v1.5 SHA-256 verify of the same token: the physical floor.
/// Single-threaded, so the figures are operations per second per core. The machine is shared, so the two loops are
/// interleaved in short rounds and each reports its best round: the least disturbed estimate of its own cost.
/// </summary>
public static class OidcIdTokenBenchmark
{
    private static readonly TimeSpan Warmup = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Round = TimeSpan.FromMilliseconds(250);
    private const int Rounds = 12;

    public static IReadOnlyList<(string Name, double OpsPerSecond)> Run()
    {
        using var rsa = RSA.Create(2048);
        var now = new DateTimeOffset(2025, 4, 1, 9, 0, 0, TimeSpan.Zero);
        var parameters = rsa.ExportParameters(false);
        var metadata = new OidcProviderMetadata(
            Issuer: "https://id.mydoor-osaka.example.jp",
            AuthorizationEndpoint: new Uri("https://id.mydoor-osaka.example.jp/authorize"),
            TokenEndpoint: new Uri("https://id.mydoor-osaka.example.jp/token"),
            UserinfoEndpoint: null,
            Jwks: new PublicJwkSet([new PublicJwk { Kty = "RSA", Kid = "op-1", Use = "sig", N = Base64Url.Encode(parameters.Modulus), E = Base64Url.Encode(parameters.Exponent) }]),
            IdTokenSigningAlgValues: ["RS256"],
            ClientId: "hub-jp-regional-id");
        var expectations = new IdTokenExpectations(metadata, Nonce: "n-0S6_WzA2Mj");
        var idToken = CreateIdToken(rsa, metadata, expectations.Nonce, now);
        var validator = new IdTokenValidator(new OidcAdapterOptions(), new FixedTime(now));

        void Validate()
        {
            if (!validator.ValidateAsync(idToken, expectations).GetAwaiter().GetResult().IsSuccess)
            {
                throw new InvalidOperationException("The benchmark token did not validate.");
            }
        }

        var dot = idToken.LastIndexOf('.');
        var signingInput = Encoding.ASCII.GetBytes(idToken[..dot]);
        var signature = Base64Url.Decode(idToken[(dot + 1)..]);
        void Verify()
        {
            if (!rsa.VerifyData(signingInput, signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1))
            {
                throw new InvalidOperationException("The raw verify failed.");
            }
        }

        Repeat(Validate, Warmup);
        Repeat(Verify, Warmup);
        double validated = 0, raw = 0;
        for (var round = 0; round < Rounds; round++)
        {
            validated = Math.Max(validated, Repeat(Validate, Round));
            raw = Math.Max(raw, Repeat(Verify, Round));
        }
        return [("oidc.id_token.validate RS256", validated), ("rsa2048.verify (floor)", raw)];
    }

    private static string CreateIdToken(RSA rsa, OidcProviderMetadata metadata, string nonce, DateTimeOffset now)
    {
        var claims = new Dictionary<string, object>
        {
            ["sub"] = "osaka-user-0001",
            ["nonce"] = nonce,
            ["auth_time"] = now.AddSeconds(-30).ToUnixTimeSeconds(),
            ["acr"] = "urn:jp:regional-id:loa:B",
            ["amr"] = new[] { "hwk", "pin" },
            ["name"] = "大阪 花子",
            ["email"] = "hanako@example.jp",
            ["email_verified"] = true,
            ["address"] = new Dictionary<string, object> { ["region"] = "大阪府", ["locality"] = "堺市" },
        };
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = metadata.Issuer,
            Audience = metadata.ClientId,
            IssuedAt = now.UtcDateTime,
            Expires = now.AddMinutes(5).UtcDateTime,
            Claims = claims,
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(rsa) { KeyId = "op-1" }, SecurityAlgorithms.RsaSha256),
        });
    }

    /// <summary>Runs <paramref name="operation"/> for about <paramref name="duration"/>; returns operations per second.</summary>
    private static double Repeat(Action operation, TimeSpan duration)
    {
        long count = 0;
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < duration)
        {
            for (var i = 0; i < 16; i++)
            {
                operation();
            }
            count += 16;
        }
        return count / clock.Elapsed.TotalSeconds;
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
