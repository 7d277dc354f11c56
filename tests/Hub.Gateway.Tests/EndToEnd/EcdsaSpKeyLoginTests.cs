using System.Web;
using Hub.Bench.Load.Processes;
using Hub.Gateway.Tests.EndToEnd.Infrastructure;
using Sandbox.Providers.Mebuku;

namespace Hub.Gateway.Tests.EndToEnd;

/// <summary>
/// A hub whose SAML SP key is ECDSA P-256 (an operator's choice when every SAML provider accepts it: the signature
/// costs a tenth of RSA-2048's): its AuthnRequest carries an ECDSA-SHA256 query signature, the sandbox Mebuku IdP,
/// given that key's certificate, verifies it, and the login completes as with the demo's RSA key.
/// </summary>
public sealed class EcdsaSpKeyLoginTests
{
    [Fact]
    public async Task Login_Mebuku_HubWithEcdsaSpKey_SendsAnEcdsaSignedAuthnRequestAndCompletes()
    {
        var folder = Directory.CreateTempSubdirectory("hub-ecdsa-sp-");
        try
        {
            var spKey = EphemeralSpKey.Create(folder.FullName);
            await using var federation = await TestFederation.StartAsync(
                settings: new Dictionary<string, string?>
                {
                    ["Hub:Saml2:SigningCertificatePath"] = spKey.CertificatePath,
                    ["Hub:Saml2:SigningKeyPath"] = spKey.KeyPath,
                },
                mebukuSpCertificatePem: await File.ReadAllTextAsync(spKey.CertificatePath));
            using var browser = federation.CreateBrowser();
            var rp = federation.CreateRelyingParty();
            var login = new FederationLogin { User = "taro", Password = "taro-demo" };

            var loginPage = await login.RunUntilAsync(browser, rp.AuthorizeUrl("mebuku"), "login");
            var end = await login.ContinueAsync(browser, loginPage);

            // The login page is the answer to the SSO request: its URL is the AuthnRequest as the IdP received it.
            Assert.Equal("/saml/sso", loginPage.Url.AbsolutePath);
            Assert.Equal("http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha256", HttpUtility.ParseQueryString(loginPage.Url.Query)["SigAlg"]);
            var response = rp.Callback(end);
            Assert.False(response.ContainsKey("error"), response.GetValueOrDefault("error") + ": " + response.GetValueOrDefault("error_description"));
            var token = await rp.ValidateIdTokenAsync((await rp.RedeemAsync(response["code"])).GetProperty("id_token").GetString()!);
            Assert.Equal(ExpectedSubject.For("mebuku", MebukuResidents.Taro.UserNumber), token.Subject);
            Assert.Equal("urn:jp:regional-id:loa:A", token.GetClaim("acr").Value);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
