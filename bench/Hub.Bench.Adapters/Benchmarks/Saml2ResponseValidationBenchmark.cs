using System.Globalization;
using System.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Xml;
using Hub.Adapters.Abstractions;
using Hub.Adapters.Saml2;
using Hub.Adapters.Saml2.Bindings;
using Hub.Adapters.Saml2.Signature;
using Hub.Adapters.Saml2.Validation;

namespace Hub.Bench.Adapters.Benchmarks;

/// <summary>
/// Full validation of a signed ~4 KB SAML Response, as <c>Saml2Adapter.CompleteAsync</c> runs it: base64 POST
/// decoding, loading the pinned certificate, safe XML parsing, ID index, envelope rules, the strict enveloped
/// signature check (exc-c14n, SHA-256 digest, RSA-2048 verify), assertion rules and the replay-cache call.
/// The replay cache accepts every ID here, so the same Response can be validated again; translation into the
/// common schema is measured separately.
/// </summary>
internal sealed class Saml2ResponseValidationBenchmark : IBenchmark
{
    private const string Idp = "https://idp.mebuku.bench/saml";
    private const string Sp = "https://hub.bench/saml2";
    private const string Acs = "https://hub.bench/saml2/acs";
    private const string RequestId = "_0123456789abcdef0123456789abcdef";

    private Saml2ResponseValidator _validator = null!;
    private Dictionary<string, string> _form = null!;
    private string _pinnedCertificate = null!;

    public string Name => "saml.response-validate";

    public string Description => "validate one signed SAML Response (RSA-2048, SHA-256)";

    /// <summary>The size of the XML, reported by the harness's callers.</summary>
    public int XmlBytes { get; private set; }

    public void Setup()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=Bench IdP, O=DEMO ONLY", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        _pinnedCertificate = Convert.ToBase64String(certificate.RawData);

        var document = new XmlDocument { PreserveWhitespace = true, XmlResolver = null };
        document.LoadXml(ResponseXml(DateTimeOffset.UtcNow));
        var assertion = (XmlElement)document.GetElementsByTagName("Assertion", Saml2Constants.AssertionNamespace)[0]!;
        Saml2XmlSigner.SignEnveloped(assertion, certificate, (XmlElement)assertion.FirstChild!);
        var xml = document.OuterXml;
        XmlBytes = System.Text.Encoding.UTF8.GetByteCount(xml);
        _form = new Dictionary<string, string> { ["SAMLResponse"] = Saml2PostBinding.Encode(xml) };
        _validator = new Saml2ResponseValidator(new AcceptingReplayCache(), TimeProvider.System);
        Console.Error.WriteLine($"{Name}: Response is {XmlBytes} bytes of XML ({_form["SAMLResponse"].Length} base64 characters).");
    }

    public void Invoke()
    {
        var xml = Saml2PostBinding.DecodeResponse(_form, 256 * 1024).Value;
        var parameters = new Saml2ValidationParameters(
            "mebuku-id", Idp, PinnedSigningKeys.FromBase64Der([_pinnedCertificate]), Sp, Acs, RequestId, TimeSpan.FromMinutes(2));
        var result = _validator.ValidateAsync(xml, parameters, CancellationToken.None).GetAwaiter().GetResult();
        if (!result.IsSuccess)
        {
            throw new InvalidOperationException("The benchmark Response was rejected: " + result.Error);
        }
    }

    /// <summary>A realistic Mebuku-style Response: name, the basic four attributes, e-mail and amr.</summary>
    private static string ResponseXml(DateTimeOffset now)
    {
        static string T(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
        var attributes = new (string Name, string[] Values)[]
        {
            ("urn:mebuku:attribute:name", ["前橋 太郎"]),
            ("urn:mebuku:attribute:birthdate", ["平成2年1月15日"]),
            ("urn:mebuku:attribute:gender", ["1"]),
            ("urn:mebuku:attribute:address", ["群馬県前橋市大手町二丁目12番1号"]),
            ("urn:mebuku:attribute:lg-code", ["102016"]),
            ("urn:mebuku:attribute:email", ["taro.maebashi@example.jp"]),
            ("urn:mebuku:attribute:amr", ["jpki", "face"]),
        };
        var attributeXml = string.Concat(attributes.Select(a =>
            $"<saml:Attribute Name=\"{a.Name}\">" +
            string.Concat(a.Values.Select(v => $"<saml:AttributeValue>{SecurityElement.Escape(v)}</saml:AttributeValue>")) +
            "</saml:Attribute>"));
        return
            $"<samlp:Response xmlns:samlp=\"{Saml2Constants.ProtocolNamespace}\" xmlns:saml=\"{Saml2Constants.AssertionNamespace}\" " +
            $"ID=\"_response0123456789abcdef0123456789\" Version=\"2.0\" IssueInstant=\"{T(now)}\" Destination=\"{Acs}\" InResponseTo=\"{RequestId}\">" +
            $"<saml:Issuer>{Idp}</saml:Issuer><samlp:Status><samlp:StatusCode Value=\"{Saml2Constants.Status.Success}\"/></samlp:Status>" +
            $"<saml:Assertion ID=\"_assertion0123456789abcdef012345678\" Version=\"2.0\" IssueInstant=\"{T(now)}\">" +
            $"<saml:Issuer>{Idp}</saml:Issuer>" +
            $"<saml:Subject><saml:NameID Format=\"{Saml2Constants.PersistentNameIdFormat}\">mebuku-7f3c9a12e4b0c1d2e3f4a5b6c7d8e9f0</saml:NameID>" +
            $"<saml:SubjectConfirmation Method=\"{Saml2Constants.BearerConfirmationMethod}\"><saml:SubjectConfirmationData InResponseTo=\"{RequestId}\" Recipient=\"{Acs}\" NotOnOrAfter=\"{T(now.AddHours(1))}\"/></saml:SubjectConfirmation></saml:Subject>" +
            $"<saml:Conditions NotBefore=\"{T(now.AddMinutes(-1))}\" NotOnOrAfter=\"{T(now.AddHours(1))}\"><saml:AudienceRestriction><saml:Audience>{Sp}</saml:Audience></saml:AudienceRestriction></saml:Conditions>" +
            $"<saml:AuthnStatement AuthnInstant=\"{T(now.AddSeconds(-20))}\" SessionIndex=\"_session0123456789abcdef\"><saml:AuthnContext><saml:AuthnContextClassRef>urn:jp:regional-id:loa:A</saml:AuthnContextClassRef></saml:AuthnContext></saml:AuthnStatement>" +
            $"<saml:AttributeStatement>{attributeXml}</saml:AttributeStatement>" +
            "</saml:Assertion></samlp:Response>";
    }

    private sealed class AcceptingReplayCache : IReplayCache
    {
        public Task<bool> TryAddAsync(string key, DateTimeOffset expiresAt, CancellationToken cancellationToken) => Task.FromResult(true);
    }
}
