using System.Net;
using Sandbox.Providers.Html;
using Sandbox.Providers.Tests.Support;

namespace Sandbox.Providers.Tests.Mebuku;

/// <summary>GET /saml/sso: what is refused with an error page, and what reaches the login page.</summary>
public sealed class MebukuSsoTests
{
    [Fact]
    public async Task Sso_SignedRequestFromHub_ShowsLoginForm()
    {
        await using var idp = await MebukuHarness.StartAsync();

        using var response = await idp.SsoAsync(idp.Request());
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("name=\"username\"", html, StringComparison.Ordinal);
        Assert.Contains("name=\"password\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"cancel\"", html, StringComparison.Ordinal);
        Assert.Contains("キャンセル", html, StringComparison.Ordinal);
        Assert.NotEmpty(HtmlForm.Hidden(html, "request_id"));
        Assert.Contains("form-action 'self' http://localhost:5080", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sso_UnsignedRequest_RefusedWithErrorPage()
    {
        await using var idp = await MebukuHarness.StartAsync();

        using var response = await idp.SsoAsync(idp.Request(), sign: false);

        await AssertRefusedAsync(response, "saml_request_unsigned");
    }

    [Fact]
    public async Task Sso_UnsignedRequestWhenSigningNotRequired_ShowsLoginForm()
    {
        await using var idp = await MebukuHarness.StartAsync(o => o.RequireSignedRequests = false);

        using var response = await idp.SsoAsync(idp.Request(), sign: false);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(HtmlForm.Hidden(await response.Content.ReadAsStringAsync(), "request_id"));
    }

    [Fact]
    public async Task Sso_SignedWithAnotherKey_RefusedAsInvalidSignature()
    {
        await using var idp = await MebukuHarness.StartAsync();
        using var otherKey = System.Security.Cryptography.RSA.Create(2048);

        using var response = await idp.Client.GetAsync(SamlRedirectRequest.Url(idp.SsoUrl, idp.Request(), "flow-1", otherKey));

        await AssertRefusedAsync(response, "saml_request_signature_invalid");
    }

    [Fact]
    public async Task Sso_RelayStateChangedAfterSigning_RefusedAsInvalidSignature()
    {
        await using var idp = await MebukuHarness.StartAsync();
        using var key = SamlRedirectRequest.HubKey();
        var url = SamlRedirectRequest.Url(idp.SsoUrl, idp.Request(), "flow-1", key);

        using var response = await idp.Client.GetAsync(url.Replace("RelayState=flow-1", "RelayState=flow-2", StringComparison.Ordinal));

        await AssertRefusedAsync(response, "saml_request_signature_invalid");
    }

    [Fact]
    public async Task Sso_Sha1SignatureAlgorithm_Refused()
    {
        await using var idp = await MebukuHarness.StartAsync();
        using var key = SamlRedirectRequest.HubKey();

        using var response = await idp.Client.GetAsync(
            SamlRedirectRequest.Url(idp.SsoUrl, idp.Request(), "flow-1", key, SamlRedirectRequest.RsaSha1));

        await AssertRefusedAsync(response, "saml_request_sigalg_unsupported");
    }

    [Fact]
    public async Task Sso_UnknownIssuer_Refused()
    {
        await using var idp = await MebukuHarness.StartAsync();
        var xml = SamlRedirectRequest.AuthnRequestXml("_r1", idp.Time.GetUtcNow(), idp.SsoUrl, issuer: "http://evil.example/sp");

        await AssertRefusedAsync(await idp.SsoAsync(xml), "saml_request_issuer_unknown");
    }

    [Fact]
    public async Task Sso_UnregisteredAssertionConsumerService_Refused()
    {
        await using var idp = await MebukuHarness.StartAsync();
        var xml = SamlRedirectRequest.AuthnRequestXml("_r1", idp.Time.GetUtcNow(), idp.SsoUrl, acs: "http://localhost:5080/saml/acs/evil");

        await AssertRefusedAsync(await idp.SsoAsync(xml), "saml_request_acs_not_allowed");
    }

    [Fact]
    public async Task Sso_DestinationOfAnotherIdp_Refused()
    {
        await using var idp = await MebukuHarness.StartAsync();
        var xml = SamlRedirectRequest.AuthnRequestXml("_r1", idp.Time.GetUtcNow(), "http://localhost:9999/saml/sso");

        await AssertRefusedAsync(await idp.SsoAsync(xml), "saml_request_destination_mismatch");
    }

    [Fact]
    public async Task Sso_StaleIssueInstant_Refused()
    {
        await using var idp = await MebukuHarness.StartAsync();
        var xml = SamlRedirectRequest.AuthnRequestXml("_r1", idp.Time.GetUtcNow().AddMinutes(-30), idp.SsoUrl);

        await AssertRefusedAsync(await idp.SsoAsync(xml), "saml_request_issue_instant_invalid");
    }

    [Fact]
    public async Task Sso_IdNotAnNcName_Refused()
    {
        await using var idp = await MebukuHarness.StartAsync();
        var xml = SamlRedirectRequest.AuthnRequestXml("1-starts-with-a-digit", idp.Time.GetUtcNow(), idp.SsoUrl);

        await AssertRefusedAsync(await idp.SsoAsync(xml), "saml_request_id_invalid");
    }

    [Fact]
    public async Task Sso_DoctypeWithEntity_RefusedAsInvalidXml()
    {
        await using var idp = await MebukuHarness.StartAsync();
        var xml = SamlRedirectRequest.AuthnRequestXml("_r1", idp.Time.GetUtcNow(), idp.SsoUrl,
            doctype: "<!DOCTYPE samlp:AuthnRequest [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>");

        await AssertRefusedAsync(await idp.SsoAsync(xml), "saml_request_xml_invalid");
    }

    [Fact]
    public async Task Sso_DeflateBomb_RefusedAsTooLarge()
    {
        await using var idp = await MebukuHarness.StartAsync();
        var xml = idp.Request().Replace("</samlp:AuthnRequest>", "<!--" + new string('a', 200_000) + "--></samlp:AuthnRequest>", StringComparison.Ordinal);

        await AssertRefusedAsync(await idp.SsoAsync(xml), "saml_request_too_large");
    }

    [Fact]
    public async Task Sso_RelayStateOver80Bytes_Refused()
    {
        await using var idp = await MebukuHarness.StartAsync();

        await AssertRefusedAsync(await idp.SsoAsync(idp.Request(), relayState: new string('r', 81)), "saml_relaystate_too_long");
    }

    [Fact]
    public async Task Sso_NotAnAuthnRequest_Refused()
    {
        await using var idp = await MebukuHarness.StartAsync();
        var xml = "<samlp:LogoutRequest xmlns:samlp=\"urn:oasis:names:tc:SAML:2.0:protocol\" ID=\"_l\" Version=\"2.0\"/>";

        await AssertRefusedAsync(await idp.SsoAsync(xml), "saml_request_not_authn_request");
    }

    [Fact]
    public async Task Sso_RepeatedParameter_RefusedAsMalformed()
    {
        await using var idp = await MebukuHarness.StartAsync();
        using var key = SamlRedirectRequest.HubKey();
        var url = SamlRedirectRequest.Url(idp.SsoUrl, idp.Request(), "flow-1", key);

        await AssertRefusedAsync(await idp.Client.GetAsync(url + "&RelayState=other"), "saml_request_malformed");
    }

    [Fact]
    public async Task Sso_NoSamlRequest_Refused()
    {
        await using var idp = await MebukuHarness.StartAsync();

        await AssertRefusedAsync(await idp.Client.GetAsync(idp.SsoUrl), "saml_request_missing");
    }

    internal static async Task AssertRefusedAsync(HttpResponseMessage response, string code)
    {
        using (response)
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal(code, response.Headers.GetValues(ErrorPage.CodeHeader).Single());
            var html = await response.Content.ReadAsStringAsync();
            Assert.Contains($"<code id=\"error-code\">{code}</code>", html, StringComparison.Ordinal);
            Assert.DoesNotContain("SAMLResponse", html, StringComparison.Ordinal);
        }
    }
}
