using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Hub.TrustList.Common;
using Hub.TrustList.Model;
using Hub.TrustList.Regions;

namespace Hub.Bench;

/// <summary>A generated national-scale list: realistic entries, valid codes and key shapes, no real keys needed.</summary>
internal static class LargeTrustList
{
    private static readonly DateTimeOffset Since = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static TrustListDocument Generate(int providers, int relyingParties, DateTimeOffset issuedAt)
    {
        var certificate = SelfSignedCertificate();
        return new TrustListDocument(
            TrustListDocument.CurrentFormat,
            1,
            issuedAt,
            issuedAt.AddDays(30),
            new Issuer("jp-bench-coordinator", new LocalizedText("ベンチマーク調整機関", "Benchmark coordinator")),
            Enumerable.Range(0, providers).Select(i => Provider(i, certificate)).ToList(),
            Enumerable.Range(0, relyingParties).Select(RelyingParty).ToList());
    }

    private static IdentityProviderEntry Provider(int i, string certificate)
    {
        var saml = i % 2 == 0;
        var host = $"idp-{i:D4}.example.jp";
        return new IdentityProviderEntry(
            $"idp-{i:D4}",
            new LocalizedText($"地域ID {i}", $"Regional ID {i}"),
            new LocalizedText($"運営者 {i}", $"Operator {i}"),
            [Region(i), Region(i + 1)],
            i % 10 == 0 ? [new BrandEntry($"idp-{i:D4}-brand", new LocalizedText($"ブランド {i}", $"Brand {i}"), null, [Region(i + 2)], History())] : [],
            saml ? ProviderProtocol.Saml2 : ProviderProtocol.Oidc,
            saml ? new Saml2ProviderMetadata($"https://{host}/saml", new Uri($"https://{host}/sso"), [certificate]) : null,
            saml ? null : new OidcProviderMetadata($"https://{host}", new Uri($"https://{host}/authorize"), new Uri($"https://{host}/token"), null,
                new PublicJwkSet([EcJwk($"idp-{i}")]), ["ES256"], "hub"),
            i % 3 == 0 ? LevelOfAssurance.A : LevelOfAssurance.B,
            ["sub", "name", "birthdate", "address", "email"],
            "generic-v1",
            History(),
            new ConformanceRecord($"sha256-{i:D8}", "1.0.0", Since));
    }

    private static RelyingPartyEntry RelyingParty(int i)
    {
        var host = $"rp-{i:D6}.example.jp";
        return new RelyingPartyEntry(
            $"rp-{i:D6}",
            new LocalizedText($"行政サービス {i}", $"Public service {i}"),
            new LocalizedText($"自治体 {i % 1700}", $"Municipality {i % 1700}"),
            i % 4 == 0 ? RelyingPartyKind.Private : RelyingPartyKind.Public,
            [Region(i)],
            [new Uri($"https://{host}/callback")],
            [new Uri($"https://{host}/")],
            new ClientAuthentication(ClientAuthenticationMethod.PrivateKeyJwt, new PublicJwkSet([EcJwk($"rp-{i}")])),
            $"https://{host}",
            [
                new ClaimPermission("name", new LocalizedText("本人確認のため", "To identify you"), Required: true),
                new ClaimPermission("address", new LocalizedText("送付先の確認のため", "To send documents")),
            ],
            LevelOfAssurance.B,
            History());
    }

    /// <summary>A valid local government code: prefecture 01-47, a municipality number, its check digit.</summary>
    private static Region Region(int i)
    {
        var five = $"{i % 47 + 1:D2}{i % 997 + 1:D3}";
        var code = five + LocalGovernmentCode.CheckDigit(five);
        return new Region(code, new LocalizedText($"市町村 {code}", $"Municipality {code}"));
    }

    private static PublicJwk EcJwk(string kid) => new()
    {
        Kty = "EC",
        Crv = "P-256",
        X = Base64Url.Encode(RandomNumberGenerator.GetBytes(32)),
        Y = Base64Url.Encode(RandomNumberGenerator.GetBytes(32)),
        Kid = kid,
        Use = "sig",
        Alg = "ES256",
    };

    private static IReadOnlyList<StatusChange> History() => [new StatusChange(EntryStatus.Accredited, Since, "accredited")];

    private static string SelfSignedCertificate()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=bench-idp, O=BENCH ONLY", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(Since, Since.AddYears(10));
        return Convert.ToBase64String(certificate.Export(X509ContentType.Cert));
    }
}
