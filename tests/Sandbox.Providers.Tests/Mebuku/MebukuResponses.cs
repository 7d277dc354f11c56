using System.Globalization;
using System.Net;
using System.Xml;
using Sandbox.Providers.Tests.Support;

namespace Sandbox.Providers.Tests.Mebuku;

/// <summary>Reads the auto-POST form the IdP answers with.</summary>
internal static class MebukuResponses
{
    public static async Task<XmlDocument> ReadAsync(HttpResponseMessage response)
    {
        using (response)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var html = await response.Content.ReadAsStringAsync();
            Assert.Equal(SamlRedirectRequest.HubAcs, HtmlForm.FormAction(html, "autopost"));
            return SamlXml.FromBase64(HtmlForm.Hidden(html, "SAMLResponse"));
        }
    }

    public static string? Attribute(XmlDocument document, string name) =>
        SamlXml.Value(document, $"//saml:AttributeStatement/saml:Attribute[@Name='{name}']/saml:AttributeValue");

    public static DateTimeOffset Instant(XmlDocument document, string xpath) =>
        DateTimeOffset.Parse(SamlXml.Value(document, xpath)!, CultureInfo.InvariantCulture);
}
