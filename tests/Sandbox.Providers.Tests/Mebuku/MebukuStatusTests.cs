using Sandbox.Providers.Mebuku;
using Sandbox.Providers.Tests.Support;

namespace Sandbox.Providers.Tests.Mebuku;

/// <summary>The error statuses the IdP answers with: cancel, passive, NameID policy and authentication context.</summary>
public sealed class MebukuStatusTests
{
    private const string Success = "urn:oasis:names:tc:SAML:2.0:status:Success";

    private const string Responder = "urn:oasis:names:tc:SAML:2.0:status:Responder";

    [Fact]
    public async Task Login_Cancel_PostsResponderAuthnFailedWithoutAssertion()
    {
        await using var idp = await MebukuHarness.StartAsync();
        var requestId = await idp.BeginLoginAsync(idp.Request(id: "_cancelled"));

        var document = await MebukuResponses.ReadAsync(await idp.SubmitAsync(requestId, "cancel"));

        Assert.Equal(Responder, SamlXml.Value(document, "/samlp:Response/samlp:Status/samlp:StatusCode/@Value"));
        Assert.Equal("urn:oasis:names:tc:SAML:2.0:status:AuthnFailed",
            SamlXml.Value(document, "/samlp:Response/samlp:Status/samlp:StatusCode/samlp:StatusCode/@Value"));
        Assert.Equal("_cancelled", SamlXml.Value(document, "/samlp:Response/@InResponseTo"));
        Assert.Null(document.SelectSingleNode("//saml:Assertion", SamlXml.Namespaces(document)));
        using var pinned = SamlXml.MebukuCertificate();
        Assert.True(SamlXml.HasValidEnvelopedSignature(document.DocumentElement!, pinned));
    }

    [Theory]
    [InlineData(MebukuAuthnContexts.JpkiCard)]
    [InlineData("urn:jp:regional-id:loa:A")]
    [InlineData(MebukuAuthnContexts.EidasHigh)]
    public async Task Login_ResidentBelowRequestedContext_PostsNoAuthnContext(string requested)
    {
        await using var idp = await MebukuHarness.StartAsync();
        var requestId = await idp.BeginLoginAsync(idp.Request(SamlRedirectRequest.RequestedContext("minimum", requested)));

        var document = await MebukuResponses.ReadAsync(await idp.SubmitAsync(requestId, "login", "sachiko", "sachiko-demo"));

        Assert.Equal(Responder, SamlXml.Value(document, "/samlp:Response/samlp:Status/samlp:StatusCode/@Value"));
        Assert.Equal("urn:oasis:names:tc:SAML:2.0:status:NoAuthnContext",
            SamlXml.Value(document, "/samlp:Response/samlp:Status/samlp:StatusCode/samlp:StatusCode/@Value"));
        Assert.Null(document.SelectSingleNode("//saml:Assertion", SamlXml.Namespaces(document)));
    }

    [Fact]
    public async Task Login_ResidentMeetsEidasSubstantial_PostsOwnStrongerContext()
    {
        await using var idp = await MebukuHarness.StartAsync();
        var requestId = await idp.BeginLoginAsync(idp.Request(
            SamlRedirectRequest.RequestedContext("minimum", MebukuAuthnContexts.EidasSubstantial)));

        var document = await MebukuResponses.ReadAsync(await idp.SubmitAsync(requestId, "login", "taro", "taro-demo"));

        Assert.Equal(Success, SamlXml.Value(document, "/samlp:Response/samlp:Status/samlp:StatusCode/@Value"));
        Assert.Equal(MebukuAuthnContexts.JpkiCard, SamlXml.Value(document, "//saml:AuthnContextClassRef"));
    }

    [Fact]
    public async Task Login_FaceResidentAskedForHubLevelB_PostsFaceContext()
    {
        await using var idp = await MebukuHarness.StartAsync();
        var requestId = await idp.BeginLoginAsync(idp.Request(SamlRedirectRequest.RequestedContext("minimum", "urn:jp:regional-id:loa:B")));

        var document = await MebukuResponses.ReadAsync(await idp.SubmitAsync(requestId, "login", "sachiko", "sachiko-demo"));

        Assert.Equal(MebukuAuthnContexts.JpkiFace, SamlXml.Value(document, "//saml:AuthnContextClassRef"));
        Assert.Equal("昭和30年4月29日", MebukuResponses.Attribute(document, MebukuAttributes.Birthdate));
    }

    [Fact]
    public async Task Sso_OnlyUnknownContextsRequested_PostsNoAuthnContextBeforeLogin()
    {
        await using var idp = await MebukuHarness.StartAsync();

        var document = await MebukuResponses.ReadAsync(await idp.SsoAsync(idp.Request(
            SamlRedirectRequest.RequestedContext("exact", "urn:oasis:names:tc:SAML:2.0:ac:classes:Password"))));

        Assert.Equal("urn:oasis:names:tc:SAML:2.0:status:NoAuthnContext",
            SamlXml.Value(document, "/samlp:Response/samlp:Status/samlp:StatusCode/samlp:StatusCode/@Value"));
    }

    [Fact]
    public async Task Sso_IsPassive_PostsNoPassive()
    {
        await using var idp = await MebukuHarness.StartAsync();

        var document = await MebukuResponses.ReadAsync(await idp.SsoAsync(idp.Request(isPassive: true)));

        Assert.Equal("urn:oasis:names:tc:SAML:2.0:status:NoPassive",
            SamlXml.Value(document, "/samlp:Response/samlp:Status/samlp:StatusCode/samlp:StatusCode/@Value"));
    }

    [Fact]
    public async Task Sso_TransientNameIdPolicy_PostsInvalidNameIdPolicy()
    {
        await using var idp = await MebukuHarness.StartAsync();
        var xml = SamlRedirectRequest.AuthnRequestXml("_r1", idp.Time.GetUtcNow(), idp.SsoUrl,
            nameIdFormat: "urn:oasis:names:tc:SAML:2.0:nameid-format:transient");

        var document = await MebukuResponses.ReadAsync(await idp.SsoAsync(xml));

        Assert.Equal("urn:oasis:names:tc:SAML:2.0:status:InvalidNameIDPolicy",
            SamlXml.Value(document, "/samlp:Response/samlp:Status/samlp:StatusCode/samlp:StatusCode/@Value"));
    }
}
