using System.Net;
using System.Xml;
using Sandbox.Providers.Tests.Support;

namespace Sandbox.Providers.Tests.Mebuku;

public sealed class MebukuMetadataTests
{
    [Fact]
    public async Task Metadata_Get_ServesSignedIdpMetadataWithPinnedCertificate()
    {
        await using var idp = await MebukuHarness.StartAsync();

        using var response = await idp.Client.GetAsync(new Uri(idp.Host.BaseUrl, "saml/metadata"));
        var document = SamlXml.Load(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/samlmetadata+xml", response.Content.Headers.ContentType!.MediaType);
        var root = document.DocumentElement!;
        Assert.Equal(idp.Host.Identifier, root.GetAttribute("entityID"));
        Assert.Equal(new Uri(idp.Host.BaseUrl, "saml/metadata").AbsoluteUri, idp.Host.Identifier);
        Assert.Equal("true", SamlXml.Value(document, "/md:EntityDescriptor/md:IDPSSODescriptor/@WantAuthnRequestsSigned"));
        Assert.Equal(idp.SsoUrl, SamlXml.Value(document,
            "//md:SingleSignOnService[@Binding='urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect']/@Location"));
        using var pinned = SamlXml.MebukuCertificate();
        Assert.Equal(Convert.ToBase64String(pinned.RawData),
            SamlXml.Value(document, "//md:KeyDescriptor[@use='signing']//ds:X509Certificate"));
        Assert.True(SamlXml.HasValidEnvelopedSignature(root, pinned));
    }

    [Fact]
    public async Task Metadata_TamperedAfterSigning_SignatureNoLongerVerifies()
    {
        await using var idp = await MebukuHarness.StartAsync();
        var xml = await idp.Client.GetStringAsync(new Uri(idp.Host.BaseUrl, "saml/metadata"));

        var document = SamlXml.Load(xml.Replace(idp.SsoUrl, "http://evil.example/sso", StringComparison.Ordinal));

        using var pinned = SamlXml.MebukuCertificate();
        Assert.False(SamlXml.HasValidEnvelopedSignature(document.DocumentElement!, pinned));
    }
}
