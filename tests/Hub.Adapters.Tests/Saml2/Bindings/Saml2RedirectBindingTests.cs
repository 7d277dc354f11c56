using System.IO.Compression;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Hub.Adapters.Saml2;
using Hub.Adapters.Saml2.Bindings;
using Hub.Adapters.Saml2.Signature;
using Hub.Adapters.Tests.Saml2.TestSupport;

namespace Hub.Adapters.Tests.Saml2.Bindings;

public sealed class Saml2RedirectBindingTests
{
    private const string Xml = "<samlp:AuthnRequest xmlns:samlp=\"urn:oasis:names:tc:SAML:2.0:protocol\" ID=\"_a\"/>";
    private readonly X509Certificate2 _signer = TestIdentityProvider.Rsa.Certificate;

    [Fact]
    public void Decode_SignedQuery_ReturnsMessageAndVerifies()
    {
        var query = Saml2RedirectBinding.EncodeSigned("SAMLRequest", Xml, "relay+state/=1", TestIdentityProvider.Rsa.Key);

        var message = ResultAssert.Success(Saml2RedirectBinding.Decode("?" + query, [_signer]));

        Assert.True(message.SignatureVerified);
        Assert.Equal(Xml, message.Xml);
        Assert.Equal("relay+state/=1", message.RelayState);
        Assert.Equal(Saml2Algorithms.RsaSha256, message.SignatureAlgorithm);
    }

    [Fact]
    public void Decode_EcdsaSignedQuery_Verifies()
    {
        var query = Saml2RedirectBinding.EncodeSigned("SAMLRequest", Xml, null, TestIdentityProvider.Ecdsa.Key);

        Assert.True(ResultAssert.Success(Saml2RedirectBinding.Decode(query, [TestIdentityProvider.Ecdsa.Certificate])).SignatureVerified);
    }

    [Fact]
    public void Decode_RelayStateTampered_RejectsSignatureInvalid()
    {
        var query = Saml2RedirectBinding.EncodeSigned("SAMLRequest", Xml, "abc", TestIdentityProvider.Rsa.Key);

        ResultAssert.Rejected(Saml2RedirectBinding.Decode(query.Replace("RelayState=abc", "RelayState=abd", StringComparison.Ordinal), [_signer]),
            Saml2ErrorCodes.SignatureInvalid);
    }

    [Fact]
    public void Decode_SignedByUntrustedKey_RejectsSignatureInvalid()
    {
        var query = Saml2RedirectBinding.EncodeSigned("SAMLRequest", Xml, null, TestIdentityProvider.Attacker.Key);

        ResultAssert.Rejected(Saml2RedirectBinding.Decode(query, [_signer]), Saml2ErrorCodes.SignatureInvalid);
    }

    [Fact]
    public void Decode_UnsignedWhenRequired_RejectsSignatureMissing()
    {
        ResultAssert.Rejected(Saml2RedirectBinding.Decode(Unsigned(Deflated(Xml)), [_signer]), Saml2ErrorCodes.SignatureMissing);
    }

    [Fact]
    public void Decode_UnsignedWhenNotRequired_ReturnsUnverifiedMessage()
    {
        var message = ResultAssert.Success(Saml2RedirectBinding.Decode(Unsigned(Deflated(Xml)), [], requireSignature: false));

        Assert.False(message.SignatureVerified);
        Assert.Equal(Xml, message.Xml);
    }

    [Fact]
    public void Decode_Sha1SigAlg_RejectsSignatureAlgorithm()
    {
        var query = Unsigned(Deflated(Xml)) + "&SigAlg=" + Uri.EscapeDataString("http://www.w3.org/2000/09/xmldsig#rsa-sha1") + "&Signature=AAAA";

        ResultAssert.Rejected(Saml2RedirectBinding.Decode(query, [_signer]), Saml2ErrorCodes.SignatureAlgorithm);
    }

    [Fact]
    public void Decode_DeflateBomb_RejectsSize()
    {
        // 16 MB of zeros deflate to about 16 KB: small on the wire, huge once inflated.
        var bomb = Deflated(new string('\0', 16 * 1024 * 1024));

        var error = ResultAssert.Rejected(Saml2RedirectBinding.Decode(Unsigned(bomb), [], requireSignature: false), Saml2ErrorCodes.Size);

        Assert.Contains("inflates", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_InflatedJustUnderCap_Succeeds()
    {
        var xml = "<a>" + new string('x', 1000) + "</a>";

        ResultAssert.Success(Saml2RedirectBinding.Decode(Unsigned(Deflated(xml)), [], requireSignature: false, maxInflatedBytes: xml.Length));
        ResultAssert.Rejected(Saml2RedirectBinding.Decode(Unsigned(Deflated(xml)), [], requireSignature: false, maxInflatedBytes: xml.Length - 1),
            Saml2ErrorCodes.Size);
    }

    [Fact]
    public void Decode_OverlongQuery_RejectsSize()
    {
        var query = "SAMLRequest=" + new string('A', Saml2RedirectBinding.DefaultMaxQueryLength);

        ResultAssert.Rejected(Saml2RedirectBinding.Decode(query, [], requireSignature: false), Saml2ErrorCodes.Size);
    }

    [Fact]
    public void Decode_NotDeflate_RejectsEncoding()
    {
        ResultAssert.Rejected(Saml2RedirectBinding.Decode(Unsigned("!!notbase64!!"), [], requireSignature: false), Saml2ErrorCodes.BindingEncoding);
    }

    [Fact]
    public void Decode_RepeatedParameter_RejectsBinding()
    {
        var query = Saml2RedirectBinding.EncodeSigned("SAMLRequest", Xml, "a", TestIdentityProvider.Rsa.Key) + "&RelayState=b";

        ResultAssert.Rejected(Saml2RedirectBinding.Decode(query, [_signer]), Saml2ErrorCodes.Binding);
    }

    [Fact]
    public void Decode_NoMessage_RejectsBinding()
    {
        ResultAssert.Rejected(Saml2RedirectBinding.Decode("RelayState=a", [], requireSignature: false), Saml2ErrorCodes.Binding);
    }

    [Fact]
    public void BuildUrl_EndpointWithQuery_AppendsWithAmpersand()
    {
        Assert.Equal("https://idp.test/sso?tenant=1&SAMLRequest=x",
            Saml2RedirectBinding.BuildUrl(new Uri("https://idp.test/sso?tenant=1"), "SAMLRequest=x").AbsoluteUri);
    }

    private static string Unsigned(string base64) => "SAMLRequest=" + Uri.EscapeDataString(base64);

    private static string Deflated(string text)
    {
        using var output = new MemoryStream();
        using (var deflate = new DeflateStream(output, CompressionLevel.SmallestSize))
        {
            deflate.Write(System.Text.Encoding.UTF8.GetBytes(text));
        }
        return Convert.ToBase64String(output.ToArray());
    }
}
