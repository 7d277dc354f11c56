using System.Xml;
using Hub.Adapters.Saml2;
using Hub.Adapters.Saml2.Xml;

namespace Hub.Conformance.Metadata;

/// <summary>What the suite reads from a SAML IdP's metadata (SAML2 Metadata §2.3.2, §2.4.4).</summary>
internal sealed record SamlMetadata(
    string EntityId,
    IReadOnlyList<Uri> SsoRedirectLocations,
    IReadOnlyList<Uri> OtherEndpoints,
    IReadOnlyList<string> SigningCertificates,
    bool WantAuthnRequestsSigned)
{
    /// <summary>Parses safely (no DTD); returns the reason when the document is not usable IdP metadata.</summary>
    public static (SamlMetadata? Metadata, string? Problem) Parse(string xml)
    {
        var loaded = Saml2SafeXml.Load(xml);
        if (!loaded.IsSuccess)
        {
            return (null, $"not safe, well-formed XML ({loaded.Error!.Code})");
        }
        var root = loaded.Value.DocumentElement!;
        if (root.LocalName != "EntityDescriptor" || root.NamespaceURI != Saml2Constants.MetadataNamespace)
        {
            return (null, $"the root element is {root.LocalName}, not md:EntityDescriptor");
        }
        var descriptors = Children(root, "IDPSSODescriptor").ToList();
        if (descriptors.Count != 1)
        {
            return (null, $"{descriptors.Count} IDPSSODescriptor elements; exactly one is expected");
        }
        var idp = descriptors[0];
        if (!idp.GetAttribute("protocolSupportEnumeration").Split(' ').Contains(Saml2Constants.ProtocolNamespace))
        {
            return (null, "the IDPSSODescriptor does not support the SAML 2.0 protocol");
        }
        if (string.IsNullOrWhiteSpace(root.GetAttribute("entityID")))
        {
            return (null, "the EntityDescriptor has no entityID");
        }
        var sso = Children(idp, "SingleSignOnService").ToList();
        return (new SamlMetadata(
            root.GetAttribute("entityID"),
            Locations(sso.Where(e => e.GetAttribute("Binding") == Saml2Constants.HttpRedirectBinding)),
            Locations(sso.Where(e => e.GetAttribute("Binding") != Saml2Constants.HttpRedirectBinding)
                .Concat(Children(idp, "SingleLogoutService")).Concat(Children(idp, "ArtifactResolutionService"))),
            ReadSigningCertificates(idp),
            idp.GetAttribute("WantAuthnRequestsSigned") == "true"), null);
    }

    private static IReadOnlyList<string> ReadSigningCertificates(XmlElement idp)
        => Children(idp, "KeyDescriptor")
            .Where(k => k.GetAttribute("use") is "" or "signing")
            .SelectMany(k => k.GetElementsByTagName("X509Certificate", Saml2Constants.DsigNamespace).OfType<XmlElement>())
            .Select(c => string.Concat(c.InnerText.Where(ch => !char.IsWhiteSpace(ch))))
            .ToList();

    private static IReadOnlyList<Uri> Locations(IEnumerable<XmlElement> endpoints)
        => endpoints.Select(e => Uri.TryCreate(e.GetAttribute("Location"), UriKind.Absolute, out var uri) ? uri : null).OfType<Uri>().ToList();

    private static IEnumerable<XmlElement> Children(XmlElement parent, string localName)
        => parent.ChildNodes.OfType<XmlElement>().Where(e => e.LocalName == localName && e.NamespaceURI == Saml2Constants.MetadataNamespace);
}
