using Hub.TrustList.Model;
using Hub.TrustList.Tests.TestSupport;
using Hub.TrustList.Validation;
using static Hub.TrustList.Verification.TrustListErrorCodes;

namespace Hub.TrustList.Tests.Validation;

/// <summary>Each test breaks one rule of a valid list and expects exactly that rule's code.</summary>
public class TrustListValidatorTests
{
    private static void AssertOnly(string code, TrustListDocument document)
    {
        var errors = TrustListValidator.Validate(document);
        Assert.NotEmpty(errors);
        Assert.All(errors, e => Assert.Equal(code, e.Code));
    }

    private static TrustListDocument Rp(Func<RelyingPartyEntry, RelyingPartyEntry> change) => TestTrustLists.Minimal().MapRelyingParty(change);

    private static TrustListDocument Saml(Func<IdentityProviderEntry, IdentityProviderEntry> change) => TestTrustLists.Minimal().MapProvider("mebuku-id", change);

    private static TrustListDocument Oidc(Func<IdentityProviderEntry, IdentityProviderEntry> change) => TestTrustLists.Minimal().MapProvider("mydoor-osaka", change);

    [Fact]
    public void Validate_MinimalList_NoErrors() => Assert.Empty(TrustListValidator.Validate(TestTrustLists.Minimal()));

    [Fact]
    public void Validate_NullRedirectUri_SchemaOnly() => AssertOnly(Schema, Rp(r => r with { RedirectUris = [null!] }));

    [Fact]
    public void Validate_NullRelyingParty_SchemaOnly() => AssertOnly(Schema, TestTrustLists.Minimal() with { RelyingParties = [null!] });

    [Fact]
    public void Validate_NullBrandRegion_SchemaOnly()
        => AssertOnly(Schema, Oidc(p => p with { Brands = [p.Brands[0] with { Regions = [null!] }] }));

    [Fact]
    public void Validate_UnknownFormat_Format() => AssertOnly(Format, TestTrustLists.Minimal() with { Format = "something-else/2" });

    [Fact]
    public void Validate_ZeroSequence_Sequence() => AssertOnly(Sequence, TestTrustLists.Minimal(sequence: 0));

    [Fact]
    public void Validate_SequenceBeyondExactDouble_Sequence() => AssertOnly(Sequence, TestTrustLists.Minimal(sequence: 9_007_199_254_740_992));

    [Fact]
    public void Validate_NextUpdateBeforeIssuedAt_ValidityOrder()
        => AssertOnly(ValidityOrder, TestTrustLists.Minimal() with { NextUpdate = TestTrustLists.IssuedAt.AddSeconds(-1) });

    [Fact]
    public void Validate_UnknownStatusNumber_Schema()
        => AssertOnly(Schema, Saml(p => p with { StatusHistory = [new StatusChange((EntryStatus)7, TestTrustLists.Accredited, "x")] }));

    [Fact]
    public void Validate_UnknownLevelNumber_Schema() => AssertOnly(Schema, Rp(r => r with { MinLoa = (LevelOfAssurance)9 }));

    [Theory]
    [InlineData("Mebuku-ID")]
    [InlineData("mebuku_id")]
    [InlineData("")]
    [InlineData("ｍｅｂｕｋｕ")]
    public void Validate_BadProviderId_IdSyntax(string id) => AssertOnly(IdSyntax, Saml(p => p with { Id = id }));

    [Fact]
    public void Validate_BadClientId_IdSyntax() => AssertOnly(IdSyntax, Rp(r => r with { ClientId = "Osaka Kosodate" }));

    [Fact]
    public void Validate_TwoProvidersSameId_DuplicateId() => AssertOnly(DuplicateId, Oidc(p => p with { Id = "mebuku-id" }));

    [Fact]
    public void Validate_BrandIdEqualToAProviderId_DuplicateId()
        => AssertOnly(DuplicateId, Oidc(p => p with { Brands = [p.Brands[0] with { Id = "mebuku-id" }] }));

    [Fact]
    public void Validate_TwoRelyingPartiesSameClientId_DuplicateId()
    {
        var document = TestTrustLists.Minimal();
        AssertOnly(DuplicateId, document with { RelyingParties = [.. document.RelyingParties, document.RelyingParties[0]] });
    }

    [Theory]
    [InlineData("102017")] // check digit
    [InlineData("10201")]
    [InlineData("481001")] // no prefecture 48
    [InlineData("1O2016")]
    public void Validate_BadRegionCode_LgCode(string code)
        => AssertOnly(LgCode, Saml(p => p with { Regions = [TestTrustLists.Region(code, "前橋市", "Maebashi")] }));

    [Fact]
    public void Validate_BadBrandRegionCode_LgCode()
        => AssertOnly(LgCode, Oidc(p => p with { Brands = [p.Brands[0] with { Regions = [TestTrustLists.Region("271404", "堺市", "Sakai")] }] }));

    [Fact]
    public void Validate_ProviderWithoutRegion_LgCode() => AssertOnly(LgCode, Saml(p => p with { Regions = [] }));

    [Fact]
    public void Validate_MissingEnglishName_Text()
        => AssertOnly(Text, Saml(p => p with { DisplayName = TestTrustLists.Text("めぶくID", " ") }));

    [Fact]
    public void Validate_EmptyStatusHistory_StatusHistory() => AssertOnly(StatusHistory, Rp(r => r with { StatusHistory = [] }));

    [Fact]
    public void Validate_StatusHistoryOutOfOrder_StatusHistory()
        => AssertOnly(StatusHistory, Saml(p => p with
        {
            StatusHistory = [p.StatusHistory[0], new StatusChange(EntryStatus.Suspended, TestTrustLists.Accredited.AddDays(-1), "audit")],
        }));

    [Fact]
    public void Validate_StatusWithoutReason_StatusHistory()
        => AssertOnly(StatusHistory, Oidc(p => p with { Brands = [p.Brands[0] with { StatusHistory = [new StatusChange(EntryStatus.Accredited, TestTrustLists.Accredited, "")] }] }));

    [Fact]
    public void Validate_SamlProviderWithoutSamlMetadata_ProtocolMetadata() => AssertOnly(ProtocolMetadata, Saml(p => p with { Saml2 = null }));

    [Fact]
    public void Validate_OidcProviderWithoutOidcMetadata_ProtocolMetadata()
        => AssertOnly(ProtocolMetadata, Oidc(p => p with { Oidc = null }));

    [Fact]
    public void Validate_OidcProviderDeclaredSaml_ProtocolMetadata() => AssertOnly(ProtocolMetadata, Oidc(p => p with { Protocol = ProviderProtocol.Saml2 }));

    [Fact]
    public void Validate_SamlWithoutCertificate_ProtocolMetadata()
        => AssertOnly(ProtocolMetadata, Saml(p => p with { Saml2 = p.Saml2! with { SigningCertificates = [] } }));

    [Fact]
    public void Validate_OidcAcceptingHs256_ProtocolMetadata()
        => AssertOnly(ProtocolMetadata, Oidc(p => p with { Oidc = p.Oidc! with { IdTokenSigningAlgValues = ["RS256", "HS256"] } }));

    [Fact]
    public void Validate_OidcWithoutKeys_ProtocolMetadata()
        => AssertOnly(ProtocolMetadata, Oidc(p => p with { Oidc = p.Oidc! with { Jwks = new PublicJwkSet([]) } }));

    [Fact]
    public void Validate_HttpTokenEndpoint_Endpoint()
        => AssertOnly(Endpoint, Oidc(p => p with { Oidc = p.Oidc! with { TokenEndpoint = new Uri("http://id.mydoor.example/token") } }));

    [Fact]
    public void Validate_HttpLoopbackSsoUrl_Accepted()
        => Assert.Empty(TrustListValidator.Validate(Saml(p => p with { Saml2 = p.Saml2! with { SingleSignOnServiceUrl = new Uri("http://localhost:7001/sso") } })));

    [Theory]
    [InlineData("bm90IGEgY2VydGlmaWNhdGU=")]
    [InlineData("not base64 at all!")]
    public void Validate_BadCertificate_Certificate(string certificate)
        => AssertOnly(Certificate, Saml(p => p with { Saml2 = p.Saml2! with { SigningCertificates = [certificate] } }));

    [Fact]
    public void Validate_SymmetricJwk_PublicKey()
        => AssertOnly(PublicKey, Oidc(p => p with { Oidc = p.Oidc! with { Jwks = new PublicJwkSet([new PublicJwk { Kty = "oct" }]) } }));

    [Fact]
    public void Validate_ShortEcCoordinates_PublicKey()
        => AssertOnly(PublicKey, Rp(r => r with
        {
            ClientAuthentication = r.ClientAuthentication with { Jwks = new PublicJwkSet([TestKeys.Client.Public with { X = "AAAA" }]) },
        }));

    [Fact]
    public void Validate_DuplicateKidInSet_PublicKey()
        => AssertOnly(PublicKey, Oidc(p => p with { Oidc = p.Oidc! with { Jwks = new PublicJwkSet([TestKeys.Client.Public, TestKeys.Client.Public]) } }));

    [Fact]
    public void Validate_ProviderMaxLoaD_MaxLoa() => AssertOnly(MaxLoa, Saml(p => p with { MaxLoa = LevelOfAssurance.D }));

    [Fact]
    public void Validate_RelyingPartyMinLoaD_MinLoa() => AssertOnly(MinLoa, Rp(r => r with { MinLoa = LevelOfAssurance.D }));

    [Theory]
    [InlineData("http://kosodate.osaka.example/callback")]
    [InlineData("/callback")]
    [InlineData("https://kosodate.osaka.example/callback#frag")]
    [InlineData("http://localhost:5000/callback")] // loopback, but not a demo entry
    [InlineData("custom-scheme://callback")]
    public void Validate_BadRedirectUri_RedirectUri(string uri)
        => AssertOnly(RedirectUri, Rp(r => r with { RedirectUris = [new Uri(uri, UriKind.RelativeOrAbsolute)] }));

    [Fact]
    public void Validate_NoRedirectUri_RedirectUri() => AssertOnly(RedirectUri, Rp(r => r with { RedirectUris = [] }));

    [Fact]
    public void Validate_HttpPostLogoutUri_RedirectUri()
        => AssertOnly(RedirectUri, Rp(r => r with { PostLogoutRedirectUris = [new Uri("http://kosodate.osaka.example/")] }));

    [Theory]
    [InlineData("http://localhost:5000/callback")]
    [InlineData("http://127.0.0.1:5000/callback")]
    [InlineData("http://[::1]:5000/callback")]
    public void Validate_HttpLoopbackInDemoEntry_Accepted(string uri)
        => Assert.Empty(TrustListValidator.Validate(Rp(r => r with { Demo = true, RedirectUris = [new Uri(uri)] })));

    [Fact]
    public void Validate_HttpNonLoopbackInDemoEntry_RedirectUri()
        => AssertOnly(RedirectUri, Rp(r => r with { Demo = true, RedirectUris = [new Uri("http://demo.example/callback")] }));

    private static readonly string SecretDigest = Common.Base64Url.Encode(System.Security.Cryptography.SHA256.HashData("demo-secret"u8));

    [Fact]
    public void Validate_ClientSecretOutsideDemo_ClientAuth()
        => AssertOnly(ClientAuth, Rp(r => r with { ClientAuthentication = new ClientAuthentication(ClientAuthenticationMethod.ClientSecretBasic, null, SecretDigest) }));

    [Fact]
    public void Validate_ClientSecretInDemo_Accepted()
        => Assert.Empty(TrustListValidator.Validate(Rp(r => r with
        {
            Demo = true,
            ClientAuthentication = new ClientAuthentication(ClientAuthenticationMethod.ClientSecretPost, null, SecretDigest),
        })));

    [Fact]
    public void Validate_DemoSecretInTheClear_ClientAuth()
        => AssertOnly(ClientAuth, Rp(r => r with { Demo = true, ClientAuthentication = new ClientAuthentication(ClientAuthenticationMethod.ClientSecretPost, null, "demo-secret") }));

    [Fact]
    public void Validate_PrivateKeyJwtWithoutJwks_ClientAuth()
        => AssertOnly(ClientAuth, Rp(r => r with { ClientAuthentication = new ClientAuthentication(ClientAuthenticationMethod.PrivateKeyJwt) }));

    [Fact]
    public void Validate_EmptySectorIdentifier_ClientAuth() => AssertOnly(ClientAuth, Rp(r => r with { SectorIdentifier = "" }));

    [Fact]
    public void Validate_ClaimOutsideCommonSchema_Claim()
        => AssertOnly(Claim, Rp(r => r with { AllowedClaims = [new ClaimPermission("my_number", TestTrustLists.Text("個人番号", "Individual number"))] }));

    [Fact]
    public void Validate_ClaimWithoutPurpose_Claim()
        => AssertOnly(Claim, Rp(r => r with { AllowedClaims = [new ClaimPermission("name", TestTrustLists.Text("", "Name"))] }));

    [Fact]
    public void Validate_ClaimListedTwice_Claim()
        => AssertOnly(Claim, Rp(r => r with { AllowedClaims = [r.AllowedClaims[0], r.AllowedClaims[0]] }));

    [Fact]
    public void Validate_ProviderAttributeOutsideCommonSchema_Claim()
        => AssertOnly(Claim, Saml(p => p with { Attributes = ["sub", "phone_number"] }));

    [Fact]
    public void Validate_AllCommonSchemaClaims_Accepted()
        => Assert.Empty(TrustListValidator.Validate(Saml(p => p with { Attributes = CommonSchemaClaims.Names.ToList() })));
}
