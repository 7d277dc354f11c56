using System.Text;
using Hub.TrustList.Common;
using Hub.TrustList.Signing;
using Hub.TrustList.Verification;

namespace Hub.TrustList.Tests.Signing;

public class DetachedJwsTests
{
    [Fact]
    public void Sign_Payload_DetachedCompactFormWithAlgAndKidOnly()
    {
        var key = TestSupport.TestKeys.Coordinator;

        var jws = DetachedJws.Sign("{}"u8, key);

        var parts = jws.Split('.');
        Assert.Equal(3, parts.Length);
        Assert.Empty(parts[1]);
        Assert.Equal($$"""{"alg":"ES256","kid":"{{key.KeyId}}"}""", Encoding.UTF8.GetString(Base64Url.Decode(parts[0])));
        Assert.Equal(64, Base64Url.Decode(parts[2]).Length);
    }

    [Theory]
    [InlineData("a.b.c")]
    [InlineData("a..")]
    [InlineData("onlyonepart")]
    [InlineData("!!..c2ln")]
    public void Parse_NotDetachedCompact_Malformed(string compact)
        => Assert.Equal(TrustListErrorCodes.SignatureMalformed, DetachedJws.Parse(compact).Error?.Code);

    [Theory]
    [InlineData("""{"alg":"none","kid":"k"}""", TrustListErrorCodes.AlgNone)]
    [InlineData("""{"alg":"NONE","kid":"k"}""", TrustListErrorCodes.AlgNone)]
    [InlineData("""{"alg":"HS256","kid":"k"}""", TrustListErrorCodes.AlgHmac)]
    [InlineData("""{"alg":"HS512","kid":"k"}""", TrustListErrorCodes.AlgHmac)]
    [InlineData("""{"alg":"ES512","kid":"k"}""", TrustListErrorCodes.AlgUnsupported)]
    [InlineData("""{"alg":"ES256","kid":"k","jwk":{"kty":"EC"}}""", TrustListErrorCodes.HeaderKey)]
    [InlineData("""{"alg":"ES256","kid":"k","x5c":["MII"]}""", TrustListErrorCodes.HeaderKey)]
    [InlineData("""{"alg":"ES256","kid":"k","jku":"https://evil.example/jwks"}""", TrustListErrorCodes.HeaderKey)]
    [InlineData("""{"alg":"ES256","kid":"k","x5u":"https://evil.example/cert"}""", TrustListErrorCodes.HeaderKey)]
    [InlineData("""{"alg":"ES256","kid":"k","crit":["b64"],"b64":false}""", TrustListErrorCodes.HeaderUnsupported)]
    [InlineData("""{"alg":"ES256"}""", TrustListErrorCodes.UnknownKey)]
    [InlineData("""{"alg":"ES256","kid":"k","kid":"j"}""", TrustListErrorCodes.DuplicateMember)]
    [InlineData("""{"kid":"k"}""", TrustListErrorCodes.SignatureMalformed)]
    [InlineData("""["ES256"]""", TrustListErrorCodes.SignatureMalformed)]
    [InlineData("""{"alg":"\ud800","kid":"k"}""", TrustListErrorCodes.SignatureMalformed)]
    [InlineData("""{"alg":"ES256","kid":"\udc00"}""", TrustListErrorCodes.SignatureMalformed)]
    public void Parse_BadHeader_SpecificCode(string header, string code)
    {
        var compact = Base64Url.Encode(Encoding.UTF8.GetBytes(header)) + "..c2lnbmF0dXJl";

        Assert.Equal(code, DetachedJws.Parse(compact).Error?.Code);
    }

    [Fact]
    public void Parse_AlgNoneWithEmptySignature_NamedAsAlgNone()
    {
        var compact = Base64Url.Encode("""{"alg":"none","kid":"k"}"""u8) + "..";

        Assert.Equal(TrustListErrorCodes.AlgNone, DetachedJws.Parse(compact).Error?.Code);
    }

    [Fact]
    public void Parse_GoodHeader_AlgKidAndSignature()
    {
        var key = TestSupport.TestKeys.Coordinator;

        var parsed = DetachedJws.Parse(DetachedJws.Sign("x"u8, key));

        Assert.True(parsed.IsSuccess);
        Assert.Equal(key.KeyId, parsed.Value.KeyId);
        Assert.Equal(JwsAlgorithms.ES256, parsed.Value.Algorithm);
        Assert.Equal(64, parsed.Value.Signature.Length);
    }
}
