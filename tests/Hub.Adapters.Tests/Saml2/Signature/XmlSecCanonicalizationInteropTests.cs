using System.Diagnostics;
using System.Security.Cryptography;
using System.Xml;
using Hub.Adapters.Saml2;
using Hub.Adapters.Saml2.Signature;
using Hub.Adapters.Saml2.Xml;
using Hub.Adapters.Tests.Saml2.TestSupport;

namespace Hub.Adapters.Tests.Saml2.Signature;

/// <summary>
/// A second, independent oracle for the hub's exclusive canonicaliser (decision 0010): Debian's <c>xmlsec1</c>
/// (libxmlsec over libxml2's C14N, not .NET) signs documents, and the plain signature path must accept them. It can
/// only do so if its canonical form of the signed element and of SignedInfo is byte for byte libxml2's. The README's
/// test command installs xmlsec1.
/// </summary>
public sealed class XmlSecCanonicalizationInteropTests : IDisposable
{
    private const string ApexNamespace = "urn:example:apex";

    private readonly string _directory = Directory.CreateTempSubdirectory("hub-xmlsec-").FullName;
    private readonly string _keyAndCertificate;
    private readonly IReadOnlyList<PinnedKey> _pinned;

    /// <summary>xmlsec1 signs with the pinned test IdP's own key and certificate.</summary>
    public XmlSecCanonicalizationInteropTests()
    {
        var idp = TestIdentityProvider.Rsa;
        var keyPath = Path.Combine(_directory, "key.pem");
        var certificatePath = Path.Combine(_directory, "cert.pem");
        File.WriteAllText(keyPath, ((RSA)idp.Key).ExportPkcs8PrivateKeyPem());
        File.WriteAllText(certificatePath, idp.Certificate.ExportCertificatePem());
        _keyAndCertificate = keyPath + "," + certificatePath;
        _pinned = PinnedSigningKeys.FromBase64Der([idp.CertificateBase64]);
    }

    [Fact]
    public void Verify_SamlAssertionSignedByXmlSec_AcceptedByThePlainPath()
    {
        var document = TestIdentityProvider.BuildResponse(new SamlTestContext().Spec());
        var assertion = TestIdentityProvider.Assertion(document);
        var issuer = assertion.ChildNodes.OfType<XmlElement>().First(e => e.LocalName == "Issuer");
        var id = assertion.GetAttribute("ID");
        var template = new XmlDocument { PreserveWhitespace = true };
        template.LoadXml(SignatureTemplate(id));
        assertion.InsertAfter(document.ImportNode(template.DocumentElement!, deep: true), issuer);

        var signed = Sign(document.OuterXml, "urn:oasis:names:tc:SAML:2.0:assertion:Assertion");
        var signedAssertion = TestIdentityProvider.Assertion(signed);

        Assert.True(PlainSignatureVerifier.Verify(signedAssertion, TestIdentityProvider.SignatureOf(signedAssertion)!, _pinned));
        TestIdentityProvider.NameId(signedAssertion).InnerText += "x";
        Assert.False(PlainSignatureVerifier.Verify(signedAssertion, TestIdentityProvider.SignatureOf(signedAssertion)!, _pinned));
    }

    [Fact]
    public void Verify_GeneratedContentSignedByXmlSec_AcceptedByThePlainPath()
    {
        var random = new Random(20261208);
        var outer = new Dictionary<string, string> { ["p"] = "urn:1", ["q"] = "urn:2", [string.Empty] = "urn:d" };
        for (var i = 0; i < 60; i++)
        {
            var xml = $"<r xmlns='urn:d' xmlns:p='urn:1' xmlns:q='urn:2' xmlns:unused='urn:u'>"
                + $"<a:Signed xmlns:a='{ApexNamespace}' ID='_s{i}' p:mark='{i}'>{SignatureTemplate("_s" + i)}"
                + RandomXml.Element(random, outer) + RandomXml.Element(random, outer)
                + "</a:Signed></r>";

            var signed = Sign(xml, ApexNamespace + ":Signed");
            var apex = (XmlElement)signed.DocumentElement!.FirstChild!;
            var signature = apex.ChildNodes.OfType<XmlElement>().First(e => e.LocalName == "Signature");

            Assert.True(PlainSignatureVerifier.Verify(apex, signature, _pinned), $"document {i}: {xml}");
        }
    }

    /// <summary>Runs <c>xmlsec1 --sign</c> over the document and loads its output as the hub loads a message.</summary>
    private XmlDocument Sign(string xml, string idElement)
    {
        var input = Path.Combine(_directory, "in.xml");
        var output = Path.Combine(_directory, "out.xml");
        File.WriteAllText(input, xml);
        var start = new ProcessStartInfo("xmlsec1")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var argument in (string[])["--sign", "--privkey-pem", _keyAndCertificate, "--id-attr:ID", idElement, "--output", output, input])
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Start(start);
        var errors = process.StandardError.ReadToEndAsync();
        _ = process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(TimeSpan.FromSeconds(30)), "xmlsec1 did not finish");
        Assert.True(process.ExitCode == 0, $"xmlsec1 --sign failed: {errors.Result}");
        return ResultAssert.Success(Saml2SafeXml.Load(File.ReadAllBytes(output)));
    }

    private static Process Start(ProcessStartInfo start)
    {
        try
        {
            return Process.Start(start) ?? throw new InvalidOperationException("xmlsec1 did not start.");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException("xmlsec1 is not installed: the README's test command installs it (apt-get install xmlsec1).", e);
        }
    }

    /// <summary>An enveloped RSA-SHA256 signature over #id with exclusive c14n, as SAML providers send it.</summary>
    private static string SignatureTemplate(string id) =>
        $"<ds:Signature xmlns:ds='{Saml2Constants.DsigNamespace}'><ds:SignedInfo>"
        + $"<ds:CanonicalizationMethod Algorithm='{Saml2Algorithms.ExclusiveC14N}'/>"
        + $"<ds:SignatureMethod Algorithm='{Saml2Algorithms.RsaSha256}'/>"
        + $"<ds:Reference URI='#{id}'><ds:Transforms>"
        + $"<ds:Transform Algorithm='{Saml2Algorithms.EnvelopedSignature}'/>"
        + $"<ds:Transform Algorithm='{Saml2Algorithms.ExclusiveC14N}'/>"
        + $"</ds:Transforms><ds:DigestMethod Algorithm='{Saml2Algorithms.Sha256}'/><ds:DigestValue></ds:DigestValue>"
        + "</ds:Reference></ds:SignedInfo><ds:SignatureValue></ds:SignatureValue></ds:Signature>";

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
