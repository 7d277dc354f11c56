using System.Net;
using System.Text.Json;
using Hub.Gateway.Tests.EndToEnd.Infrastructure;
using Microsoft.AspNetCore.WebUtilities;
using Sandbox.Providers.Mebuku;
using Sandbox.Providers.Mydoor;

namespace Hub.Gateway.Tests.Interop;

/// <summary>
/// Interop with a certified relying party: Apache httpd with Debian's mod_auth_openidc protects a page with a login
/// through the hub (discovery, code + PKCE S256, client_secret_basic for the demo library, ID token validation,
/// userinfo). A browser goes from the protected page through the hub and the provider back to it; the session
/// Apache built is read from its info hook. See docs/interop.md.
/// </summary>
public sealed class ModAuthOpenIdcInteropTests(ModAuthOpenIdcFixture fixture) : IClassFixture<ModAuthOpenIdcFixture>
{
    [Fact]
    public async Task ModAuthOpenIdc_MebukuSamlLogin_ServesTheProtectedPageWithPairwiseSubjectAndReleasedClaims()
    {
        using var browser = fixture.Federation.CreateBrowser();

        var info = await LoginAsync(browser, "mebuku", "taro", "taro-demo");

        var idToken = info.GetProperty("id_token");
        Assert.Equal(ExpectedSubject.For("mebuku", MebukuResidents.Taro.UserNumber, ModAuthOpenIdcFixture.Sector), idToken.GetProperty("sub").GetString());
        Assert.NotEqual(MebukuResidents.Taro.UserNumber, idToken.GetProperty("sub").GetString());
        Assert.Equal("urn:jp:regional-id:loa:A", idToken.GetProperty("acr").GetString());
        Assert.Equal("前橋 太郎", idToken.GetProperty("name").GetString());
        Assert.Contains("102016", idToken.GetProperty("resident_of").EnumerateArray().Select(e => e.GetString()));
        Assert.True(idToken.GetProperty("age_over_18").GetBoolean());
        // Not allowed for the library in the trust list, though the provider delivers them.
        Assert.False(idToken.TryGetProperty("birthdate", out _), "birthdate must not be released to the library.");
        Assert.False(idToken.TryGetProperty("address", out _), "address must not be released to the library.");

        var userinfo = info.GetProperty("userinfo");
        Assert.Equal(idToken.GetProperty("sub").GetString(), userinfo.GetProperty("sub").GetString());
        Assert.Equal("前橋 太郎", userinfo.GetProperty("name").GetString());
    }

    [Fact]
    public async Task ModAuthOpenIdc_MydoorLoginChosenOnTheChoicePage_ServesTheProtectedPage()
    {
        using var browser = fixture.Federation.CreateBrowser();

        var info = await LoginAsync(browser, "mydoor-osaka", "ichiro", "ichiro-demo");

        var idToken = info.GetProperty("id_token");
        Assert.Equal(ExpectedSubject.For("mydoor-osaka", MydoorResidents.Ichiro.Subject, ModAuthOpenIdcFixture.Sector), idToken.GetProperty("sub").GetString());
        Assert.Equal("urn:jp:regional-id:loa:B", idToken.GetProperty("acr").GetString());
        Assert.Equal("大阪 一郎", idToken.GetProperty("name").GetString());
        Assert.Equal(idToken.GetProperty("sub").GetString(), info.GetProperty("userinfo").GetProperty("sub").GetString());
    }

    [Fact]
    public async Task ModAuthOpenIdc_ConsentDenied_ReturnsAccessDeniedWithIssAndNoSessionIsMade()
    {
        var apache = fixture.Apache;
        using var browser = fixture.Federation.CreateBrowser();
        var authorize = await StartAsync(browser);

        var back = await new FederationLogin
        {
            // A resident no other test of this federation consents for: a standing consent would skip the page.
            Choice = "mebuku", User = "akira", Password = "akira-demo", Consent = false,
            StopAt = url => url.AbsoluteUri.StartsWith(apache.RedirectUri.AbsoluteUri, StringComparison.Ordinal),
        }.RunAsync(browser, authorize);

        Assert.True(back.IsRedirect, $"The hub must send the denial to Apache's redirect URI:\n{back}");
        var response = QueryHelpers.ParseQuery(back.Location!.Query);
        Assert.True(response.ContainsKey("error"), $"Expected an error response: {back.Location}");
        Assert.Equal("access_denied", response["error"].ToString());
        Assert.Equal(fixture.Federation.Issuer.AbsoluteUri, response["iss"].ToString());
        Assert.False(string.IsNullOrEmpty(response["state"]));
        Assert.False(response.ContainsKey("code"));
        // mod_auth_openidc 2.4.12.3 takes a redirect carrying "iss" but no code for a discovery response and shows
        // its own error (docs/interop.md); what matters here is that it makes no session.
        var shown = await browser.GetAsync(back.Location);
        Assert.DoesNotContain(ApacheOpenIdcServer.ProtectedText, shown.Html, StringComparison.Ordinal);
        await StartAsync(browser);
    }

    /// <summary>Opens the protected page without a session: Apache must send the browser to the hub with PKCE S256.</summary>
    private async Task<Uri> StartAsync(BrowserClient browser)
    {
        var first = await browser.GetAsync(fixture.Apache.ProtectedUrl);
        Assert.True(
            first.IsRedirect && first.Location!.AbsoluteUri.StartsWith(fixture.Federation.Issuer.AbsoluteUri + "connect/authorize", StringComparison.Ordinal),
            $"Apache must send the browser to the hub's authorize endpoint:\n{first}\n{fixture.Apache.Log}");
        var request = QueryHelpers.ParseQuery(first.Location!.Query);
        Assert.Equal("S256", request["code_challenge_method"].ToString());
        Assert.Equal(ModAuthOpenIdcFixture.ClientId, request["client_id"].ToString());
        return first.Location;
    }

    /// <summary>Opens the protected page, logs in through the hub, checks the page is served; returns the info hook's JSON.</summary>
    private async Task<JsonElement> LoginAsync(BrowserClient browser, string choice, string user, string password)
    {
        var apache = fixture.Apache;
        var authorize = await StartAsync(browser);

        // From the hub's authorize URL Apache chose (its state cookie is in the browser) back to Apache.
        var page = await new FederationLogin { Choice = choice, User = user, Password = password, StopAt = _ => false }.RunAsync(browser, authorize);

        Assert.True(page.Status == HttpStatusCode.OK && page.Html.Contains(ApacheOpenIdcServer.ProtectedText, StringComparison.Ordinal),
            $"mod_auth_openidc did not serve the protected page after the login:\n{page}\n{apache.Log}");
        Assert.Equal(apache.ProtectedUrl, page.Url);
        // mod_auth_openidc compared the RFC 9207 iss response parameter with the issuer (its debug log says so).
        Assert.Contains($"iss and/or client_id matched OK: {fixture.Federation.Issuer.AbsoluteUri}", apache.ErrorLog, StringComparison.Ordinal);
        var info = await browser.GetAsync(apache.InfoUrl);
        Assert.True(info.Status == HttpStatusCode.OK, $"{info}\n{apache.Log}");
        return JsonDocument.Parse(info.Html).RootElement.Clone();
    }
}
