using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;

namespace Sandbox.Providers.Tests.Support;

/// <summary>Builds AuthnRequests the way the hub's SP side sends them: HTTP-Redirect binding, optionally signed.</summary>
internal static class SamlRedirectRequest
{
    public const string RsaSha256 = "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256";
    public const string RsaSha1 = "http://www.w3.org/2000/09/xmldsig#rsa-sha1";
    public const string EcdsaSha256 = "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha256";
    public const string HubEntityId = "http://localhost:5080/saml/metadata";
    public const string HubAcs = "http://localhost:5080/saml/acs";

    public static string AuthnRequestXml(
        string id, DateTimeOffset issueInstant, string destination, string issuer = HubEntityId, string? acs = HubAcs,
        string? requestedContext = null, bool isPassive = false, string? doctype = null, string? nameIdFormat = null)
    {
        var acsAttribute = acs is null ? "" : $" AssertionConsumerServiceURL=\"{acs}\" ProtocolBinding=\"urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST\"";
        var passive = isPassive ? " IsPassive=\"true\"" : "";
        var policy = nameIdFormat is null ? "" : $"<samlp:NameIDPolicy Format=\"{nameIdFormat}\" AllowCreate=\"true\"/>";
        return doctype + $"""<samlp:AuthnRequest xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ID="{id}" Version="2.0" IssueInstant="{issueInstant.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture)}" Destination="{destination}"{acsAttribute}{passive}><saml:Issuer>{issuer}</saml:Issuer>{policy}{requestedContext}</samlp:AuthnRequest>""";
    }

    public static string RequestedContext(string comparison, params string[] classRefs) =>
        $"<samlp:RequestedAuthnContext Comparison=\"{comparison}\">"
        + string.Concat(classRefs.Select(c => $"<saml:AuthnContextClassRef>{c}</saml:AuthnContextClassRef>"))
        + "</samlp:RequestedAuthnContext>";

    /// <summary>
    /// The SSO URL with SAMLRequest, RelayState, and (with a key) SigAlg and Signature over the encoded query: PKCS#1
    /// v1.5 for an RSA key, r || s for an ECDSA key (whatever <paramref name="sigAlg"/> says).
    /// </summary>
    public static string Url(string ssoUrl, string xml, string? relayState, AsymmetricAlgorithm? signingKey, string sigAlg = RsaSha256)
    {
        var query = "SAMLRequest=" + Uri.EscapeDataString(Convert.ToBase64String(Deflate(Encoding.UTF8.GetBytes(xml))));
        if (relayState is not null)
        {
            query += "&RelayState=" + Uri.EscapeDataString(relayState);
        }
        if (signingKey is not null)
        {
            query += "&SigAlg=" + Uri.EscapeDataString(sigAlg);
            var hash = sigAlg == RsaSha1 ? HashAlgorithmName.SHA1 : HashAlgorithmName.SHA256;
            var octets = Encoding.UTF8.GetBytes(query);
            var signature = signingKey is ECDsa ecdsa
                ? ecdsa.SignData(octets, hash)
                : ((RSA)signingKey).SignData(octets, hash, RSASignaturePadding.Pkcs1);
            query += "&Signature=" + Uri.EscapeDataString(Convert.ToBase64String(signature));
        }
        return ssoUrl + "?" + query;
    }

    public static byte[] Deflate(byte[] data)
    {
        using var output = new MemoryStream();
        using (var deflate = new DeflateStream(output, CompressionLevel.SmallestSize))
        {
            deflate.Write(data);
        }
        return output.ToArray();
    }

    public static RSA HubKey()
    {
        var rsa = RSA.Create();
        rsa.ImportFromPem(TestKeys.Read("hub-saml-sp.key.pem"));
        return rsa;
    }
}
