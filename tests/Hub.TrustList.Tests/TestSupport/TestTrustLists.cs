using Hub.TrustList.Model;

namespace Hub.TrustList.Tests.TestSupport;

/// <summary>
/// Small valid trust lists to start from. Tests change one thing (with <c>with</c> or the Map helpers) and check
/// the one error that change must cause.
/// </summary>
internal static class TestTrustLists
{
    public static readonly DateTimeOffset IssuedAt = new(2026, 5, 1, 0, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset NextUpdate = IssuedAt.AddDays(30);
    public static readonly DateTimeOffset Accredited = new(2026, 4, 1, 0, 0, 0, TimeSpan.Zero);

    public static TrustListDocument Minimal(long sequence = 100) => new(
        TrustListDocument.CurrentFormat,
        sequence,
        IssuedAt,
        NextUpdate,
        new Issuer("jp-test-coordinator", Text("テスト調整機関", "Test coordinator")),
        [SamlProvider(), OidcProvider()],
        [RelyingParty()]);

    public static IdentityProviderEntry SamlProvider() => new(
        "mebuku-id",
        Text("めぶくID", "Mebuku ID"),
        Text("めぶくグラウンド株式会社", "Mebuku Ground Co., Ltd."),
        [Region("102016", "前橋市", "Maebashi"), Region("012173", "江別市", "Ebetsu")],
        [],
        ProviderProtocol.Saml2,
        new Saml2ProviderMetadata("https://idp.mebuku.example/saml", new Uri("https://idp.mebuku.example/sso"), [TestKeys.ProviderCertificate]),
        null,
        LevelOfAssurance.A,
        ["sub", "name", "birthdate", "address"],
        "mebuku-v1",
        History(),
        new ConformanceRecord("sha256-test", "1.0.0", Accredited));

    public static IdentityProviderEntry OidcProvider() => new(
        "mydoor-osaka",
        Text("mydoor OSAKA ID", "mydoor OSAKA ID"),
        Text("大阪府", "Osaka Prefecture"),
        [Region("270008", "大阪府", "Osaka Prefecture")],
        [new BrandEntry("sakai-d", Text("SakaI-D", "SakaI-D"), null, [Region("271403", "堺市", "Sakai")], History())],
        ProviderProtocol.Oidc,
        null,
        new OidcProviderMetadata(
            "https://id.mydoor.example",
            new Uri("https://id.mydoor.example/authorize"),
            new Uri("https://id.mydoor.example/token"),
            null,
            new PublicJwkSet([TestKeys.Client.Public]),
            ["ES256"],
            "hub"),
        LevelOfAssurance.B,
        ["sub", "name", "email", "email_verified"],
        "mydoor-v1",
        History(),
        null);

    public static RelyingPartyEntry RelyingParty() => new(
        "osaka-kosodate",
        Text("大阪子育て支援", "Osaka child-care support"),
        Text("大阪市", "Osaka City"),
        RelyingPartyKind.Public,
        [Region("271004", "大阪市", "Osaka City")],
        [new Uri("https://kosodate.osaka.example/callback")],
        [new Uri("https://kosodate.osaka.example/")],
        new ClientAuthentication(ClientAuthenticationMethod.PrivateKeyJwt, new PublicJwkSet([TestKeys.Client.Public])),
        "https://kosodate.osaka.example",
        [new ClaimPermission("name", Text("申請者の確認", "To confirm the applicant"), Required: true)],
        LevelOfAssurance.B,
        History());

    public static LocalizedText Text(string ja, string en) => new(ja, en);

    public static Region Region(string code, string ja, string en) => new(code, Text(ja, en));

    public static IReadOnlyList<StatusChange> History() => [new StatusChange(EntryStatus.Accredited, Accredited, "initial accreditation")];

    public static TrustListDocument MapProvider(this TrustListDocument document, string id, Func<IdentityProviderEntry, IdentityProviderEntry> change)
        => document with { IdentityProviders = document.IdentityProviders.Select(p => p.Id == id ? change(p) : p).ToList() };

    public static TrustListDocument MapRelyingParty(this TrustListDocument document, Func<RelyingPartyEntry, RelyingPartyEntry> change)
        => document with { RelyingParties = document.RelyingParties.Select(change).ToList() };
}
