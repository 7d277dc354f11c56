using System.Net;
using System.Xml;
using Sandbox.Providers.Mebuku;
using Sandbox.Providers.Tests.Support;

namespace Sandbox.Providers.Tests.Mebuku;

/// <summary>POST /saml/login: the Responses the IdP sends back to the hub's ACS.</summary>
public sealed class MebukuLoginTests
{
    private const string Success = "urn:oasis:names:tc:SAML:2.0:status:Success";

    [Fact]
    public async Task Login_CardResident_PostsResponseWithAssertionSignedByPinnedCertificate()
    {
        await using var idp = await MebukuHarness.StartAsync();
        var requestId = await idp.BeginLoginAsync(idp.Request(id: "_hub-request-1"), relayState: "flow-42");

        using var response = await idp.SubmitAsync(requestId, "login", "taro", "taro-demo");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(SamlRedirectRequest.HubAcs, HtmlForm.FormAction(html, "autopost"));
        Assert.Equal("flow-42", HtmlForm.Hidden(html, "RelayState"));
        var document = SamlXml.FromBase64(HtmlForm.Hidden(html, "SAMLResponse"));
        var ns = SamlXml.Namespaces(document);
        var assertions = document.SelectNodes("/samlp:Response/saml:Assertion", ns)!.OfType<XmlElement>().ToList();
        var assertion = Assert.Single(assertions);
        using var pinned = SamlXml.MebukuCertificate();
        Assert.True(SamlXml.HasValidEnvelopedSignature(assertion, pinned));

        var now = idp.Time.GetUtcNow();
        Assert.Equal(Success, SamlXml.Value(document, "/samlp:Response/samlp:Status/samlp:StatusCode/@Value"));
        Assert.Equal(SamlRedirectRequest.HubAcs, SamlXml.Value(document, "/samlp:Response/@Destination"));
        Assert.Equal("_hub-request-1", SamlXml.Value(document, "/samlp:Response/@InResponseTo"));
        Assert.Equal(idp.Host.Identifier, SamlXml.Value(document, "/samlp:Response/saml:Issuer"));
        Assert.Equal(idp.Host.Identifier, SamlXml.Value(document, "//saml:Assertion/saml:Issuer"));
        Assert.Equal(MebukuResidents.Taro.UserNumber, SamlXml.Value(document, "//saml:Subject/saml:NameID"));
        Assert.Equal("urn:oasis:names:tc:SAML:2.0:nameid-format:persistent", SamlXml.Value(document, "//saml:Subject/saml:NameID/@Format"));
        Assert.Equal("urn:oasis:names:tc:SAML:2.0:cm:bearer", SamlXml.Value(document, "//saml:SubjectConfirmation/@Method"));
        Assert.Equal(SamlRedirectRequest.HubAcs, SamlXml.Value(document, "//saml:SubjectConfirmationData/@Recipient"));
        Assert.Equal("_hub-request-1", SamlXml.Value(document, "//saml:SubjectConfirmationData/@InResponseTo"));
        Assert.Equal(now.AddMinutes(5), MebukuResponses.Instant(document, "//saml:SubjectConfirmationData/@NotOnOrAfter"));
        Assert.Equal(now, MebukuResponses.Instant(document, "//saml:Conditions/@NotBefore"));
        Assert.Equal(now.AddMinutes(5), MebukuResponses.Instant(document, "//saml:Conditions/@NotOnOrAfter"));
        Assert.Equal(SamlRedirectRequest.HubEntityId, SamlXml.Value(document, "//saml:Conditions/saml:AudienceRestriction/saml:Audience"));
        Assert.Equal(MebukuAuthnContexts.JpkiCard, SamlXml.Value(document, "//saml:AuthnStatement/saml:AuthnContext/saml:AuthnContextClassRef"));
        Assert.Equal("前橋\u3000太郎", MebukuResponses.Attribute(document, MebukuAttributes.Name));
        Assert.Equal("マエバシ\u3000タロウ", MebukuResponses.Attribute(document, MebukuAttributes.Kana));
        Assert.Equal("平成2年1月15日", MebukuResponses.Attribute(document, MebukuAttributes.Birthdate));
        Assert.Equal("1", MebukuResponses.Attribute(document, MebukuAttributes.Gender));
        Assert.Equal("群馬県前橋市大手町２－１２－１", MebukuResponses.Attribute(document, MebukuAttributes.Address));
        Assert.Equal("102016", MebukuResponses.Attribute(document, MebukuAttributes.LgCode));
    }

    [Theory]
    [InlineData("sachiko", "sachiko-demo", "昭和30年4月29日", "102016")]
    [InlineData("akira", "akira-demo", "平成元年8月1日", "012173")]
    [InlineData("ken", "ken-demo", "令和元年5月1日", "422126")]
    public async Task Login_EachResident_SendsOwnEraBirthdateAndCode(string username, string password, string birthdate, string lgCode)
    {
        await using var idp = await MebukuHarness.StartAsync();
        var requestId = await idp.BeginLoginAsync(idp.Request());

        var document = await MebukuResponses.ReadAsync(await idp.SubmitAsync(requestId, "login", username, password));

        var resident = MebukuResidents.All.Single(r => r.Username == username);
        Assert.Equal(resident.UserNumber, SamlXml.Value(document, "//saml:Subject/saml:NameID"));
        Assert.Equal(resident.AuthnContextClassRef, SamlXml.Value(document, "//saml:AuthnContextClassRef"));
        Assert.Equal(birthdate, MebukuResponses.Attribute(document, MebukuAttributes.Birthdate));
        Assert.Equal(lgCode, MebukuResponses.Attribute(document, MebukuAttributes.LgCode));
    }

    [Fact]
    public async Task Login_AssertionAlteredAfterSigning_SignatureNoLongerVerifies()
    {
        await using var idp = await MebukuHarness.StartAsync();
        var requestId = await idp.BeginLoginAsync(idp.Request());
        using var response = await idp.SubmitAsync(requestId, "login", "taro", "taro-demo");
        var document = SamlXml.FromBase64(HtmlForm.Hidden(await response.Content.ReadAsStringAsync(), "SAMLResponse"));

        var nameId = document.SelectSingleNode("//saml:Subject/saml:NameID", SamlXml.Namespaces(document))!;
        nameId.InnerText = MebukuResidents.Sachiko.UserNumber;

        using var pinned = SamlXml.MebukuCertificate();
        var assertion = (XmlElement)document.SelectSingleNode("//saml:Assertion", SamlXml.Namespaces(document))!;
        Assert.False(SamlXml.HasValidEnvelopedSignature(assertion, pinned));
    }

    [Fact]
    public async Task Login_TwoLogins_IssueDistinctAssertionIds()
    {
        await using var idp = await MebukuHarness.StartAsync();

        var first = await AssertionIdAsync(idp);
        var second = await AssertionIdAsync(idp);

        Assert.NotEqual(first, second);
    }

    [Fact]
    public async Task Login_WrongPassword_ShowsFormAgainAndKeepsRequest()
    {
        await using var idp = await MebukuHarness.StartAsync();
        var requestId = await idp.BeginLoginAsync(idp.Request());

        using var wrong = await idp.SubmitAsync(requestId, "login", "taro", "wrong");
        var html = await wrong.Content.ReadAsStringAsync();
        var document = await MebukuResponses.ReadAsync(await idp.SubmitAsync(requestId, "login", "taro", "taro-demo"));

        Assert.Contains("id=\"login-error\"", html, StringComparison.Ordinal);
        Assert.False(HtmlForm.HasHidden(html, "SAMLResponse"));
        Assert.Equal(Success, SamlXml.Value(document, "/samlp:Response/samlp:Status/samlp:StatusCode/@Value"));
    }

    [Fact]
    public async Task Login_RequestAlreadyAnswered_Refused()
    {
        await using var idp = await MebukuHarness.StartAsync();
        var requestId = await idp.BeginLoginAsync(idp.Request());
        (await idp.SubmitAsync(requestId, "login", "taro", "taro-demo")).Dispose();

        await MebukuSsoTests.AssertRefusedAsync(await idp.SubmitAsync(requestId, "login", "taro", "taro-demo"), "login_request_unknown");
    }

    [Fact]
    public async Task Login_PendingRequestExpired_Refused()
    {
        await using var idp = await MebukuHarness.StartAsync();
        var requestId = await idp.BeginLoginAsync(idp.Request());
        idp.Time.Advance(TimeSpan.FromMinutes(11));

        await MebukuSsoTests.AssertRefusedAsync(await idp.SubmitAsync(requestId, "login", "taro", "taro-demo"), "login_request_unknown");
    }

    private static async Task<string> AssertionIdAsync(MebukuHarness idp)
    {
        var requestId = await idp.BeginLoginAsync(idp.Request());
        var document = await MebukuResponses.ReadAsync(await idp.SubmitAsync(requestId, "login", "akira", "akira-demo"));
        return SamlXml.Value(document, "//saml:Assertion/@ID")!;
    }
}
