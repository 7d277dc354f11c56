using Hub.TrustList.Loading;
using Hub.TrustList.Lookup;
using Hub.TrustList.Model;

namespace Hub.Adapters.Tests.Saml2.TestSupport;

/// <summary>A trust list built in code with one SAML provider (and one brand) pinning the test IdP.</summary>
internal static class TestTrustList
{
    public const string BrandId = "mebuku-gunma";
    public static readonly Uri SsoUrl = new("https://idp.mebuku.test/saml/sso");

    public static IdentityProviderEntry Provider(
        EntryStatus status = EntryStatus.Accredited,
        EntryStatus brandStatus = EntryStatus.Accredited,
        ProviderProtocol protocol = ProviderProtocol.Saml2,
        params string[] certificates)
    {
        var since = SamlTestContext.Start.AddDays(-30);
        var region = new Region("102016", new LocalizedText("前橋市", "Maebashi"));
        return new IdentityProviderEntry(
            SamlTestContext.ProviderId,
            new LocalizedText("めぶくID", "Mebuku ID"),
            new LocalizedText("めぶくグラウンド株式会社", "Mebuku Ground Inc."),
            [region],
            [new BrandEntry(BrandId, new LocalizedText("ぐんまID", "Gunma ID"), null, [region], [new StatusChange(brandStatus, since, "test")])],
            protocol,
            new Saml2ProviderMetadata(SamlTestContext.IdpEntityId, SsoUrl,
                certificates.Length == 0 ? [TestIdentityProvider.Rsa.CertificateBase64] : certificates),
            null,
            LevelOfAssurance.A,
            ["name", "birthdate"],
            "mebuku-id",
            [new StatusChange(status, since, "test")],
            null);
    }

    public static FixedTrustListSource Source(IdentityProviderEntry provider)
        => new(Snapshot(provider));

    public static TrustListSnapshot Snapshot(IdentityProviderEntry provider)
    {
        var document = new TrustListDocument(
            TrustListDocument.CurrentFormat, 7, SamlTestContext.Start.AddDays(-1), SamlTestContext.Start.AddDays(30),
            new Issuer("jp-coordinator", new LocalizedText("調整機関", "Coordinator")),
            [provider], []);
        return new TrustListSnapshot(document, ReadOnlyMemory<byte>.Empty);
    }
}
