using System.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Security.Cryptography.Xml;
using System.Xml;
using Hub.Adapters.Saml2;
using Hub.Adapters.Saml2.Xml;

namespace Hub.Adapters.Tests.Saml2.TestSupport;

/// <summary>
/// A SAML IdP for tests, with its own freshly generated key (RSA-2048, or P-256). It writes Responses and signs
/// them with plain <see cref="SignedXml"/> (not the hub's own signer), with knobs for the attacks.
/// </summary>
internal sealed class TestIdentityProvider
{
    private const string P = Saml2Constants.ProtocolNamespace;
    private const string A = Saml2Constants.AssertionNamespace;

    private static readonly Lazy<TestIdentityProvider> SharedRsa = new(() => new TestIdentityProvider(RSA.Create(2048), "CN=Test IdP"));
    private static readonly Lazy<TestIdentityProvider> SharedAttacker = new(() => new TestIdentityProvider(RSA.Create(2048), "CN=Test IdP"));
    private static readonly Lazy<TestIdentityProvider> SharedEcdsa = new(() => new TestIdentityProvider(ECDsa.Create(ECCurve.NamedCurves.nistP256), "CN=Test EC IdP"));

    private TestIdentityProvider(AsymmetricAlgorithm key, string subject)
    {
        Key = key;
        var request = key is RSA rsa
            ? new CertificateRequest(subject, rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1)
            : new CertificateRequest(subject, (ECDsa)key, HashAlgorithmName.SHA256);
        Certificate = request.CreateSelfSigned(new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2035, 1, 1, 0, 0, 0, TimeSpan.Zero));
    }

    /// <summary>The IdP pinned in the test trust list.</summary>
    public static TestIdentityProvider Rsa => SharedRsa.Value;

    /// <summary>An attacker with a key of the same kind and even the same subject name, but not pinned.</summary>
    public static TestIdentityProvider Attacker => SharedAttacker.Value;

    public static TestIdentityProvider Ecdsa => SharedEcdsa.Value;

    public AsymmetricAlgorithm Key { get; }

    public X509Certificate2 Certificate { get; }

    public string CertificateBase64 => Convert.ToBase64String(Certificate.RawData);

    public static XmlDocument BuildResponse(ResponseSpec s)
    {
        var now = s.Now;
        string T(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture);
        string Attr(string name, string? value) => value is null ? string.Empty : $" {name}=\"{SecurityElement.Escape(value)}\"";
        var attributes = string.Concat(s.Attributes.Select(a =>
            $"<saml:Attribute Name=\"{SecurityElement.Escape(a.Key)}\">{string.Concat(a.Value.Select(v => $"<saml:AttributeValue>{v}</saml:AttributeValue>"))}</saml:Attribute>"));
        var status = s.SubStatusCode is null
            ? $"<samlp:StatusCode Value=\"{s.StatusCode}\"/>"
            : $"<samlp:StatusCode Value=\"{s.StatusCode}\"><samlp:StatusCode Value=\"{s.SubStatusCode}\"/></samlp:StatusCode>";
        var authn = s.IncludeAuthnStatement
            ? $"<saml:AuthnStatement AuthnInstant=\"{T(s.AuthnInstant ?? now.AddSeconds(-30))}\" SessionIndex=\"_session1\"><saml:AuthnContext><saml:AuthnContextClassRef>{s.ClassRef}</saml:AuthnContextClassRef></saml:AuthnContext></saml:AuthnStatement>"
            : string.Empty;
        var xml =
            $"<samlp:Response xmlns:samlp=\"{P}\" xmlns:saml=\"{A}\" ID=\"{s.ResponseId}\" Version=\"2.0\" IssueInstant=\"{T(now)}\"{Attr("Destination", s.Destination)}{Attr("InResponseTo", s.InResponseTo)}>" +
            (s.ResponseIssuer is null ? string.Empty : $"<saml:Issuer>{SecurityElement.Escape(s.ResponseIssuer)}</saml:Issuer>") +
            $"<samlp:Status>{status}</samlp:Status>" +
            $"<saml:Assertion ID=\"{s.AssertionId}\" Version=\"2.0\" IssueInstant=\"{T(now)}\">" +
            $"<saml:Issuer>{SecurityElement.Escape(s.Issuer)}</saml:Issuer>" +
            $"<saml:Subject><saml:NameID Format=\"{s.NameIdFormat}\">{s.NameIdXml}</saml:NameID>" +
            $"<saml:SubjectConfirmation Method=\"{s.ConfirmationMethod}\"><saml:SubjectConfirmationData{Attr("InResponseTo", s.ConfirmationInResponseTo)}{Attr("Recipient", s.Recipient)} NotOnOrAfter=\"{T(s.ConfirmationNotOnOrAfter ?? now.AddMinutes(5))}\"/></saml:SubjectConfirmation></saml:Subject>" +
            $"<saml:Conditions NotBefore=\"{T(s.NotBefore ?? now.AddMinutes(-1))}\" NotOnOrAfter=\"{T(s.NotOnOrAfter ?? now.AddMinutes(5))}\"><saml:AudienceRestriction><saml:Audience>{SecurityElement.Escape(s.Audience)}</saml:Audience></saml:AudienceRestriction></saml:Conditions>" +
            authn +
            (s.Attributes.Count == 0 ? string.Empty : $"<saml:AttributeStatement>{attributes}</saml:AttributeStatement>") +
            "</saml:Assertion></samlp:Response>";
        var document = new XmlDocument { PreserveWhitespace = true, XmlResolver = null };
        document.LoadXml(xml);
        return document;
    }

    /// <summary>A valid Response: the Assertion signed (default), the Response signed, or both.</summary>
    public XmlDocument SignedResponse(ResponseSpec spec, bool signAssertion = true, bool signResponse = false)
    {
        var document = BuildResponse(spec);
        if (signAssertion)
        {
            Sign(Assertion(document));
        }
        if (signResponse)
        {
            Sign(document.DocumentElement!);
        }
        return document;
    }

    /// <summary>Signs <paramref name="element"/> (enveloped, after its Issuer) with this IdP's key.</summary>
    public XmlElement Sign(XmlElement element, SignOptions? options = null)
    {
        options ??= new SignOptions();
        // ECDSA signature methods exist only once the adapter registered them (process-wide); do not depend on test order.
        Hub.Adapters.Saml2.Signature.EcdsaSignatureDescription.EnsureRegistered();
        var signedXml = new ElementSignedXml(element);
        signedXml.SignedInfo!.CanonicalizationMethod = options.Canonicalization;
        if (options.HmacKey is null)
        {
            signedXml.SigningKey = Key;
            signedXml.SignedInfo.SignatureMethod = options.SignatureMethod ?? (Key is ECDsa ? "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha256" : SignedXml.XmlDsigRSASHA256Url);
        }
        foreach (var uri in options.ReferenceUris ?? ["#" + element.GetAttribute("ID")])
        {
            var reference = new Reference(uri) { DigestMethod = options.DigestMethod };
            foreach (var transform in options.Transforms?.Invoke() ?? [new XmlDsigEnvelopedSignatureTransform(), new XmlDsigExcC14NTransform()])
            {
                reference.AddTransform(transform);
            }
            signedXml.AddReference(reference);
        }
        var keyInfo = new KeyInfo();
        keyInfo.AddClause(new KeyInfoX509Data(Certificate));
        signedXml.KeyInfo = keyInfo;
        if (options.HmacKey is not null)
        {
            using var hmac = new HMACSHA256(options.HmacKey);
            signedXml.ComputeSignature(hmac);
        }
        else
        {
            signedXml.ComputeSignature();
        }
        var signature = (XmlElement)element.OwnerDocument.ImportNode(signedXml.GetXml(), deep: true);
        var issuer = element.ChildNodes.OfType<XmlElement>().FirstOrDefault(e => e.LocalName == "Issuer");
        element.InsertAfter(signature, issuer);
        return signature;
    }

    /// <summary>The document as the hub receives it: serialised, then read back by the safe loader.</summary>
    public static XmlDocument Reload(XmlDocument document) => ResultAssert.Success(Saml2SafeXml.Load(document.OuterXml));

    public static XmlElement Assertion(XmlDocument document)
        => (XmlElement)document.GetElementsByTagName("Assertion", A)[0]!;

    public static XmlElement NameId(XmlElement assertion)
        => (XmlElement)assertion.GetElementsByTagName("NameID", A)[0]!;

    public static XmlElement? SignatureOf(XmlElement element)
        => element.ChildNodes.OfType<XmlElement>().FirstOrDefault(e => e.LocalName == "Signature" && e.NamespaceURI == SignedXml.XmlDsigNamespaceUrl);

    /// <summary>Resolves the signing reference like a lenient library would (any ID attribute in the document).</summary>
    private sealed class ElementSignedXml : SignedXml
    {
        private readonly XmlElement _element;

        public ElementSignedXml(XmlElement element)
            : base(element.OwnerDocument) => _element = element;

        public override XmlElement? GetIdElement(XmlDocument? document, string idValue)
            => _element.GetAttribute("ID") == idValue ? _element : base.GetIdElement(document, idValue);
    }
}

internal sealed class SignOptions
{
    public string? SignatureMethod { get; init; }
    public string DigestMethod { get; init; } = SignedXml.XmlDsigSHA256Url;
    public string Canonicalization { get; init; } = SignedXml.XmlDsigExcC14NTransformUrl;
    public string[]? ReferenceUris { get; init; }
    public Func<Transform[]>? Transforms { get; init; }
    public byte[]? HmacKey { get; init; }
}
