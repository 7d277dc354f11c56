using System.Text;
using System.Text.Json.Nodes;
using Hub.TrustList.Common;
using Hub.TrustList.Lookup;
using Hub.TrustList.Signing;
using Hub.TrustList.Tests.TestSupport;
using Hub.TrustList.Verification;
using static Hub.TrustList.Verification.TrustListErrorCodes;

namespace Hub.TrustList.Tests.Verification;

/// <summary>Every rejection of the verifier, each from a list built to break exactly one rule.</summary>
public class TrustListVerifierTests
{
    private static Result<TrustListSnapshot, TrustListError> Verify(byte[] json, long? last = null) => Verifiers.Pinning().Verify(json, last);

    private static byte[] GoodList() => SignedLists.Sign(TestTrustLists.Minimal());

    [Fact]
    public void Verify_GoodList_SnapshotWithLookups()
    {
        var result = Verify(GoodList());

        Assert.True(result.IsSuccess, result.Error?.ToString());
        var snapshot = result.Value;
        Assert.Equal(100, snapshot.Sequence);
        Assert.Equal("mebuku-id", snapshot.FindProvider("mebuku-id")?.Id);
        Assert.Equal("mydoor-osaka", snapshot.FindBrand("sakai-d")?.Provider.Id);
        Assert.Equal("osaka-kosodate", snapshot.FindRelyingParty("osaka-kosodate")?.ClientId);
        Assert.Null(snapshot.FindRelyingParty("unknown"));
    }

    [Fact]
    public void Verify_OverSizeCap_TooLarge()
    {
        var verifier = new TrustListVerifier(
            new TrustListVerifierOptions { Anchors = [TestKeys.Coordinator.PublicAnchor], MaxDocumentBytes = 1024 },
            Verifiers.Clock());

        Assert.Equal(TooLarge, verifier.Verify(GoodList()).Error?.Code);
    }

    [Theory]
    [InlineData("{\"sequence\":")]
    [InlineData("[]")]
    [InlineData("not json")]
    [InlineData("")]
    public void Verify_NotAJsonObject_Malformed(string json) => Assert.Equal(MalformedJson, Verify(Encoding.UTF8.GetBytes(json)).Error?.Code);

    [Theory]
    [InlineData("{\"\\ud800\":1,\"signature\":\"x\"}")]
    [InlineData("{\"signature\":\"\\ud800\"}")]
    public void Verify_LoneSurrogate_MalformedNotAnException(string json)
        => Assert.Equal(MalformedJson, Verify(Encoding.UTF8.GetBytes(json)).Error?.Code);

    [Theory]
    [InlineData("\"reason\": \"initial accreditation\"", "\"reason\": \"\\ud800\"")]
    [InlineData("\"claim\": \"name\"", "\"\\udc00\": \"name\"")]
    public void Verify_LoneSurrogateInSignedList_Malformed(string find, string replace)
        => Assert.Equal(MalformedJson, Verify(SignedLists.Tamper(GoodList(), find, replace)).Error?.Code);

    [Fact]
    public void Verify_DuplicateTopLevelMember_DuplicateMember()
    {
        var signed = Encoding.UTF8.GetString(GoodList());
        var duplicated = signed.Replace("\"sequence\": 100,", "\"sequence\": 100,\n  \"sequence\": 999999,");

        Assert.Equal(DuplicateMember, Verify(Encoding.UTF8.GetBytes(duplicated)).Error?.Code);
    }

    [Fact]
    public void Verify_DuplicateNestedMember_DuplicateMember()
    {
        var signed = SignedLists.Tamper(GoodList(), "\"client_id\": \"osaka-kosodate\",", "\"client_id\": \"osaka-kosodate\", \"client_id\": \"evil\",");

        Assert.Equal(DuplicateMember, Verify(signed).Error?.Code);
    }

    [Fact]
    public void Verify_NoSignature_SignatureMissing()
        => Assert.Equal(SignatureMissing, Verify(SignedLists.WithSignature(GoodList(), null)).Error?.Code);

    [Fact]
    public void Verify_SignatureNotAString_SignatureMissing()
    {
        var node = JsonNode.Parse(GoodList())!.AsObject();
        node["signature"] = new JsonObject { ["alg"] = "ES256" };

        Assert.Equal(SignatureMissing, Verify(Encoding.UTF8.GetBytes(node.ToJsonString())).Error?.Code);
    }

    [Fact]
    public void Verify_AttachedPayload_SignatureMalformed()
    {
        var jws = JsonNode.Parse(GoodList())!["signature"]!.GetValue<string>();
        var parts = jws.Split('.');

        var attached = SignedLists.WithSignature(GoodList(), parts[0] + ".e30." + parts[2]);

        Assert.Equal(SignatureMalformed, Verify(attached).Error?.Code);
    }

    [Fact]
    public void Verify_AlgNone_AlgNone()
    {
        var list = SignedLists.SignWithHeader(TestTrustLists.Minimal(), $$"""{"alg":"none","kid":"{{TestKeys.Coordinator.KeyId}}"}""", TestKeys.Coordinator, emptySignature: true);

        Assert.Equal(AlgNone, Verify(list).Error?.Code);
    }

    [Fact]
    public void Verify_AlgHs256_AlgHmac()
    {
        var list = SignedLists.SignWithHeader(TestTrustLists.Minimal(), $$"""{"alg":"HS256","kid":"{{TestKeys.Coordinator.KeyId}}"}""", TestKeys.Coordinator);

        Assert.Equal(AlgHmac, Verify(list).Error?.Code);
    }

    [Fact]
    public void Verify_AlgOutsideTheAcceptedSet_AlgUnsupported()
    {
        var list = SignedLists.SignWithHeader(TestTrustLists.Minimal(), $$"""{"alg":"ES384","kid":"{{TestKeys.Coordinator.KeyId}}"}""", TestKeys.Coordinator);

        Assert.Equal(AlgUnsupported, Verify(list).Error?.Code);
    }

    [Theory]
    [InlineData("jwk")]
    [InlineData("x5c")]
    [InlineData("jku")]
    [InlineData("x5u")]
    public void Verify_KeyOfferedInHeader_HeaderKeyEvenWhenTheSignatureIsGood(string member)
    {
        var key = TestKeys.Coordinator;
        var offered = member == "jwk" ? key.PublicAnchor.ToJwk() : member == "x5c" ? "[\"MIIB\"]" : "\"https://attacker.example/k\"";
        var list = SignedLists.SignWithHeader(TestTrustLists.Minimal(), $$"""{"alg":"ES256","kid":"{{key.KeyId}}","{{member}}":{{offered}}}""", key);

        Assert.Equal(HeaderKey, Verify(list).Error?.Code);
    }

    [Fact]
    public void Verify_CritHeader_HeaderUnsupported()
    {
        var key = TestKeys.Coordinator;
        var list = SignedLists.SignWithHeader(TestTrustLists.Minimal(), $$"""{"alg":"ES256","kid":"{{key.KeyId}}","crit":["exp"],"exp":1}""", key);

        Assert.Equal(HeaderUnsupported, Verify(list).Error?.Code);
    }

    [Fact]
    public void Verify_SignedByUnpinnedKey_UnknownKey()
        => Assert.Equal(UnknownKey, Verify(SignedLists.Sign(TestTrustLists.Minimal(), TestKeys.Stranger)).Error?.Code);

    [Fact]
    public void Verify_StrangerClaimingThePinnedKid_BadSignature()
    {
        var list = SignedLists.SignWithHeader(TestTrustLists.Minimal(), $$"""{"alg":"ES256","kid":"{{TestKeys.Coordinator.KeyId}}"}""", TestKeys.Stranger);

        Assert.Equal(BadSignature, Verify(list).Error?.Code);
    }

    [Fact]
    public void Verify_RsaAlgAgainstEcAnchor_KeyMismatch()
    {
        var list = SignedLists.SignWithHeader(TestTrustLists.Minimal(), $$"""{"alg":"RS256","kid":"{{TestKeys.Coordinator.KeyId}}"}""", TestKeys.Coordinator);

        Assert.Equal(KeyAlgorithmMismatch, Verify(list).Error?.Code);
    }

    [Fact]
    public void Verify_Ps256ListAgainstAnchorPinnedToRs256_KeyMismatch()
    {
        var (privateJwk, publicJwk) = KeyGenerator.Generate(JwsAlgorithms.RS256);
        var ps256 = SigningKey.FromJwk(privateJwk.Replace("\"RS256\"", "\"PS256\""));
        var verifier = Verifiers.Pinning(TrustAnchor.FromJwk(publicJwk));

        Assert.Equal(KeyAlgorithmMismatch, verifier.Verify(SignedLists.Sign(TestTrustLists.Minimal(), ps256)).Error?.Code);
    }

    [Theory]
    [InlineData("\"sequence\": 100", "\"sequence\": 101")]
    [InlineData("\"max_loa\": \"B\"", "\"max_loa\": \"A\"")]
    [InlineData("https://kosodate.osaka.example/callback", "https://attacker.example/callback")]
    public void Verify_TamperedAfterSigning_BadSignature(string find, string replace)
        => Assert.Equal(BadSignature, Verify(SignedLists.Tamper(GoodList(), find, replace)).Error?.Code);

    [Fact]
    public void Verify_SignatureBytesFlipped_BadSignature()
    {
        var jws = JsonNode.Parse(GoodList())!["signature"]!.GetValue<string>();
        var signature = Base64Url.Decode(jws.Split('.')[2]);
        signature[10] ^= 0x01;

        var list = SignedLists.WithSignature(GoodList(), jws[..(jws.LastIndexOf('.') + 1)] + Base64Url.Encode(signature));

        Assert.Equal(BadSignature, Verify(list).Error?.Code);
    }

    [Fact]
    public void Verify_SignedWithoutNextUpdate_NextUpdateMissing()
        => Assert.Equal(NextUpdateMissing, Verify(SignedLists.SignEdited(TestTrustLists.Minimal(), json => json.Remove("next_update"))).Error?.Code);

    [Fact]
    public void Verify_SignedWithNullNextUpdate_NextUpdateMissing()
        => Assert.Equal(NextUpdateMissing, Verify(SignedLists.SignEdited(TestTrustLists.Minimal(), json => json["next_update"] = null)).Error?.Code);

    [Fact]
    public void Verify_SignedWithUnknownStatus_Schema()
    {
        var list = SignedLists.SignEdited(TestTrustLists.Minimal(), json =>
            json["identity_providers"]![0]!["status_history"]![0]!["status"] = "revoked");

        var error = Verify(list).Error;

        Assert.Equal(Schema, error?.Code);
        Assert.Contains("status_history", error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_SignedWithUnknownMember_Schema()
        => Assert.Equal(Schema, Verify(SignedLists.SignEdited(TestTrustLists.Minimal(), json => json["extensions"] = "x")).Error?.Code);

    [Fact]
    public void Verify_SignedWithPrivateKeyInRelyingPartyJwks_PrivateKeyMaterial()
    {
        var list = SignedLists.SignEdited(TestTrustLists.Minimal(), json =>
            json["relying_parties"]![0]!["client_authentication"]!["jwks"]!["keys"]![0]!["d"] = "c2VjcmV0");

        var error = Verify(list).Error;

        Assert.Equal(PrivateKeyMaterial, error?.Code);
        Assert.Contains("keys[0].d", error!.Message);
    }

    [Fact]
    public void Verify_SignedWithBadRegionCode_LgCode()
    {
        var list = SignedLists.Sign(TestTrustLists.Minimal().MapProvider("mebuku-id", p => p with { Regions = [TestTrustLists.Region("102017", "前橋市", "Maebashi")] }));

        Assert.Equal(LgCode, Verify(list).Error?.Code);
    }

    [Fact]
    public void Verify_SignedWithDuplicateClientId_DuplicateId()
    {
        var document = TestTrustLists.Minimal();
        var list = SignedLists.Sign(document with { RelyingParties = [.. document.RelyingParties, document.RelyingParties[0]] });

        Assert.Equal(DuplicateId, Verify(list).Error?.Code);
    }

    [Fact]
    public void Verify_SignedWithHttpRedirectUri_RedirectUri()
    {
        var list = SignedLists.Sign(TestTrustLists.Minimal().MapRelyingParty(r => r with { RedirectUris = [new Uri("http://kosodate.osaka.example/cb")] }));

        Assert.Equal(RedirectUri, Verify(list).Error?.Code);
    }
}
