using System.Text;
using System.Xml;
using Hub.Adapters.Saml2.Xml;

namespace Hub.Adapters.Saml2.Requests;

/// <summary>
/// Writes a samlp:AuthnRequest: HTTP-POST response binding to our ACS, a persistent NameID, and the required level
/// as RequestedAuthnContext Comparison="minimum". Unsigned XML: the Redirect binding signs the query instead.
/// </summary>
internal static class AuthnRequestBuilder
{
    private const string P = Saml2Constants.ProtocolNamespace;
    private const string A = Saml2Constants.AssertionNamespace;

    public static string Build(AuthnRequestParameters parameters)
    {
        var text = new StringBuilder();
        var settings = new XmlWriterSettings { OmitXmlDeclaration = true, Encoding = Encoding.UTF8, Indent = false };
        using (var writer = XmlWriter.Create(text, settings))
        {
            writer.WriteStartElement("samlp", "AuthnRequest", P);
            writer.WriteAttributeString("xmlns", "saml", null, A);
            writer.WriteAttributeString("ID", parameters.Id);
            writer.WriteAttributeString("Version", Saml2Constants.Version);
            writer.WriteAttributeString("IssueInstant", Saml2DateTime.Format(parameters.IssueInstant));
            writer.WriteAttributeString("Destination", parameters.Destination.AbsoluteUri);
            writer.WriteAttributeString("ProtocolBinding", Saml2Constants.HttpPostBinding);
            writer.WriteAttributeString("AssertionConsumerServiceURL", parameters.AssertionConsumerServiceUrl);

            writer.WriteElementString("saml", "Issuer", A, parameters.SpEntityId);

            writer.WriteStartElement("samlp", "NameIDPolicy", P);
            writer.WriteAttributeString("Format", Saml2Constants.PersistentNameIdFormat);
            writer.WriteAttributeString("AllowCreate", "true");
            writer.WriteEndElement();

            if (LoaAuthnContextClass.For(parameters.RequiredLoa) is { } classRef)
            {
                writer.WriteStartElement("samlp", "RequestedAuthnContext", P);
                writer.WriteAttributeString("Comparison", "minimum");
                writer.WriteElementString("saml", "AuthnContextClassRef", A, classRef);
                writer.WriteEndElement();
            }
            writer.WriteEndElement();
        }
        return text.ToString();
    }
}
