using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Hub.TrustList.Common;
using Hub.TrustList.Model;

namespace Hub.TrustList.Tests.Cli;

/// <summary>
/// The committed demo list (trustlist.json, built by sandbox/trustlist/build.sh) against the committed demo anchor.
/// Freshness is checked at a fixed instant inside the list's own window, so the tests keep passing as the list ages.
/// </summary>
public sealed class DemoTrustListTests
{
    private static readonly string ListPath = TestFiles.Repository("trustlist.json");
    private readonly CliRunner _cli = new();

    /// <summary>The committed list's own issued_at, so that checks "inside its window" do not age.</summary>
    internal static DateTimeOffset IssuedAt()
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(ListPath));
        return json.RootElement.GetProperty("issued_at").GetDateTimeOffset();
    }

    [Fact]
    public async Task Verify_CommittedListWithCommittedAnchor_Succeeds()
    {
        var at = IssuedAt().AddDays(1).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);

        var run = await _cli.RunAsync("verify", ListPath, "--trust-anchor", TestFiles.DemoKey("coordinator.public.jwk"), "--at", at);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("3 providers (1 brands), 2 relying parties", run.Out);
    }

    [Fact]
    public void CommittedList_HoldsTheDemoProvidersAndRegions()
    {
        var list = ListReader.Read(ListPath);

        Assert.Equal("地域ID連携 全国コーディネーター（デモ）", list.Issuer.Name.Ja);
        Assert.Equal(TimeSpan.FromDays(30), list.NextUpdate - list.IssuedAt);
        Assert.Equal(["mebuku", "mydoor-osaka", "aizu-plus"], list.IdentityProviders.Select(p => p.Id));
        Assert.Equal(["102016", "100005", "012173", "422126"], Provider(list, "mebuku").Regions.Select(r => r.Code));
        Assert.Equal(["270008", "271004"], Provider(list, "mydoor-osaka").Regions.Select(r => r.Code));
        Assert.Equal("271403", Provider(list, "mydoor-osaka").Brands.Single(b => b.Id == "sakai-d").Regions.Single().Code);
        Assert.Equal(["072028"], Provider(list, "aizu-plus").Regions.Select(r => r.Code));
        Assert.Equal([LevelOfAssurance.A, LevelOfAssurance.B, LevelOfAssurance.B], list.IdentityProviders.Select(p => p.MaxLoa));
        Assert.Equal(["osaka-kosodate", "maebashi-library"], list.RelyingParties.Select(r => r.ClientId));
    }

    [Fact]
    public void CommittedList_PinsTheSandboxKeys()
    {
        var list = ListReader.Read(ListPath);
        var certificatePem = File.ReadAllText(TestFiles.DemoKey("mebuku-idp.crt.pem"));
        using var certificate = System.Security.Cryptography.X509Certificates.X509Certificate2.CreateFromPem(certificatePem);

        Assert.Equal(Convert.ToBase64String(certificate.RawData), Provider(list, "mebuku").Saml2!.SigningCertificates.Single());
        Assert.Equal(KidOf("mydoor-osaka-op.public.jwk"), Provider(list, "mydoor-osaka").Oidc!.Jwks.Keys.Single().Kid);
        Assert.Equal(KidOf("aizu-plus-op.public.jwk"), Provider(list, "aizu-plus").Oidc!.Jwks.Keys.Single().Kid);
        Assert.Equal(KidOf("demo-rp-osaka-kosodate.public.jwk"), list.RelyingParties[0].ClientAuthentication.Jwks!.Keys.Single().Kid);
    }

    [Fact]
    public void CommittedList_LibrarySecretHashIsTheDocumentedDemoSecret()
    {
        var library = ListReader.Read(ListPath).RelyingParties.Single(r => r.ClientId == "maebashi-library");

        Assert.True(library.Demo);
        Assert.Equal(ClientAuthenticationMethod.ClientSecretBasic, library.ClientAuthentication.Method);
        Assert.Equal(Base64Url.Encode(SHA256.HashData(Encoding.UTF8.GetBytes("demo-maebashi-library-secret"))), library.ClientAuthentication.ClientSecretSha256);
    }

    [Fact]
    public void CommittedList_EveryStatusIsTheInitialDemoAccreditation()
    {
        var list = ListReader.Read(ListPath);
        var histories = list.IdentityProviders.Select(p => p.StatusHistory)
            .Concat(list.IdentityProviders.SelectMany(p => p.Brands).Select(b => b.StatusHistory))
            .Concat(list.RelyingParties.Select(r => r.StatusHistory));

        var expected = new StatusChange(EntryStatus.Accredited, new DateTimeOffset(2026, 11, 25, 0, 0, 0, TimeSpan.Zero), "初回認定（デモ） / initial demo accreditation");
        Assert.All(histories, history => Assert.Equal(expected, Assert.Single(history)));
    }

    private static IdentityProviderEntry Provider(TrustListDocument list, string id) => list.IdentityProviders.Single(p => p.Id == id);

    private static string KidOf(string keyFile)
        => JsonDocument.Parse(File.ReadAllText(TestFiles.DemoKey(keyFile))).RootElement.GetProperty("kid").GetString()!;
}
