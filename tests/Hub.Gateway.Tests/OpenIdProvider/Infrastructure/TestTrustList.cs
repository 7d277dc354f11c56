using System.Security.Cryptography;
using System.Text;
using Hub.TrustList.Common;
using Hub.TrustList.Lookup;
using Hub.TrustList.Model;
using RpAuthentication = Hub.TrustList.Model.ClientAuthentication;

namespace Hub.Gateway.Tests.OpenIdProvider.Infrastructure;

/// <summary>A trust list built in code for the provider tests: providers at several levels and RPs of every kind.</summary>
public static class TestTrustList
{
    public const string RedirectUri = "https://rp.example/callback";
    public const string PostLogoutRedirectUri = "https://rp.example/signed-out";
    public const string OsakaService = "osaka-service";
    public const string OtherSectorService = "other-sector-service";
    public const string SameSectorService = "same-sector-service";
    public const string HighAssuranceService = "high-assurance-service";
    public const string Es256Service = "es256-service";
    public const string SuspendedService = "suspended-service";
    public const string WithdrawnService = "withdrawn-service";
    public const string DemoBasic = "demo-basic";
    public const string DemoPost = "demo-post";
    public const string NonDemoSecret = "non-demo-secret";
    public const string DemoSecret = "demo-secret-value";

    public static readonly DateTimeOffset Since = new(2025, 4, 1, 0, 0, 0, TimeSpan.Zero);

    public static readonly string[] AllowedClaimNames =
    [
        "name", "family_name", "given_name", "name_kana", "birthdate", "gender", "address", "age_over_18",
        "resident_of", "email", "email_verified", "provider",
    ];

    public static TrustListSnapshot Build(
        PublicJwkSet rpKeys, Func<RelyingPartyEntry, RelyingPartyEntry>? adjust = null, LevelOfAssurance highestProviderLoa = LevelOfAssurance.A)
    {
        adjust ??= rp => rp;
        var relyingParties = new List<RelyingPartyEntry>
        {
            Rp(OsakaService, "sector-osaka", KeyAuth(rpKeys)),
            Rp(OtherSectorService, "sector-other", KeyAuth(rpKeys)),
            Rp(SameSectorService, "sector-osaka", KeyAuth(rpKeys)),
            Rp(HighAssuranceService, "sector-high", KeyAuth(rpKeys)) with { MinLoa = LevelOfAssurance.A },
            Rp(Es256Service, "sector-es", KeyAuth(rpKeys)),
            Rp(SuspendedService, "sector-s", KeyAuth(rpKeys)) with { StatusHistory = [Accredited(), new StatusChange(EntryStatus.Suspended, Since.AddDays(1), "test")] },
            Rp(WithdrawnService, "sector-w", KeyAuth(rpKeys)) with { StatusHistory = [Accredited(), new StatusChange(EntryStatus.Withdrawn, Since.AddDays(1), "test")] },
            Rp(DemoBasic, "sector-demo", SecretAuth(ClientAuthenticationMethod.ClientSecretBasic)) with { Demo = true },
            Rp(DemoPost, "sector-demo", SecretAuth(ClientAuthenticationMethod.ClientSecretPost)) with { Demo = true },
            Rp(NonDemoSecret, "sector-demo", SecretAuth(ClientAuthenticationMethod.ClientSecretBasic)),
        };
        var document = new TrustListDocument(
            TrustListDocument.CurrentFormat, 1, Since, Since.AddYears(5),
            new Issuer("jp-coordinator", Text("調整機関", "Coordinator")),
            [Provider("mebuku", highestProviderLoa), Provider("mydoor-osaka", LevelOfAssurance.B < highestProviderLoa ? LevelOfAssurance.B : highestProviderLoa)],
            [.. relyingParties.Select(adjust)]);
        return new TrustListSnapshot(document, Encoding.UTF8.GetBytes("{}"));
    }

    public static string Sha256(string secret) => Base64Url.Encode(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    private static RelyingPartyEntry Rp(string clientId, string sector, RpAuthentication authentication) => new(
        clientId, Text("大阪のサービス", "Osaka service"), Text("大阪府", "Osaka Prefecture"), RelyingPartyKind.Public,
        [new Region("270008", Text("大阪府", "Osaka Prefecture"))],
        [new Uri(RedirectUri)], [new Uri(PostLogoutRedirectUri)], authentication, sector,
        [.. AllowedClaimNames.Select(c => new ClaimPermission(c, Text("目的", "purpose")))],
        LevelOfAssurance.C, [Accredited()]);

    private static IdentityProviderEntry Provider(string id, LevelOfAssurance maxLoa) => new(
        id, Text(id, id), Text(id, id), [new Region("102016", Text("前橋市", "Maebashi"))], [],
        ProviderProtocol.Oidc, null, null, maxLoa, ["name"], id, [Accredited()], null);

    private static RpAuthentication KeyAuth(PublicJwkSet keys) => new(ClientAuthenticationMethod.PrivateKeyJwt, keys);

    private static RpAuthentication SecretAuth(ClientAuthenticationMethod method) => new(method, null, Sha256(DemoSecret));

    private static StatusChange Accredited() => new(EntryStatus.Accredited, Since, "accredited");

    private static LocalizedText Text(string ja, string en) => new(ja, en);
}
