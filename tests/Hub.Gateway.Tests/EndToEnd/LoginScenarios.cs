using Hub.Gateway.Tests.EndToEnd.Infrastructure;
using Microsoft.IdentityModel.JsonWebTokens;
using Sandbox.Providers.Aizu;
using Sandbox.Providers.Mebuku;
using Sandbox.Providers.Mydoor;

namespace Hub.Gateway.Tests.EndToEnd;

/// <summary>
/// For every provider, a real login through real HTTP: the Osaka child-care service (OIDC, needs level B) → the
/// hub → the sandbox provider → the hub → the service, ending with the code redeemed (private_key_jwt + PKCE) and
/// the ID token validated against the hub's jwks. Run once per store (derived classes).
/// </summary>
public abstract class LoginScenarios
{
    private static readonly string[] NotAllowedForOsaka = ["gender", "name_kana", "family_name", "given_name", "email", "provider"];

    protected abstract TestFederation Federation { get; }

    /// <summary>True where several hub instances run: every request then goes to the next instance.</summary>
    protected virtual bool Alternate => false;

    [Fact]
    public async Task Login_MebukuSamlChosenOnTheChoicePage_ReleasesConsentedClaimsUnderAPairwiseSubject()
    {
        var token = await LoginAsync(new FederationLogin { Choice = "mebuku", User = "taro", Password = "taro-demo" });

        Assert.Equal(ExpectedSubject.For("mebuku", MebukuResidents.Taro.UserNumber), token.Subject);
        Assert.NotEqual(MebukuResidents.Taro.UserNumber, token.Subject);
        Assert.Equal("urn:jp:regional-id:loa:A", token.GetClaim("acr").Value);
        Assert.Equal("前橋 太郎", token.GetClaim("name").Value);
        Assert.Equal("1990-01-15", token.GetClaim("birthdate").Value);
        Assert.Contains("102016", ResidentOf(token));
        Assert.True(token.TryGetPayloadValue<bool>("age_over_18", out var adult) && adult);
        AssertOnlyAllowedClaims(token);
    }

    [Fact]
    public async Task Login_MydoorOidcHinted_SkipsTheChoicePage()
    {
        var token = await LoginAsync(new FederationLogin { User = "ichiro", Password = "ichiro-demo" }, idpHint: "mydoor-osaka");

        Assert.Equal(ExpectedSubject.For("mydoor-osaka", MydoorResidents.Ichiro.Subject), token.Subject);
        Assert.Equal("urn:jp:regional-id:loa:B", token.GetClaim("acr").Value);
        Assert.Equal("大阪 一郎", token.GetClaim("name").Value);
        Assert.Contains("271004", ResidentOf(token));
        Assert.NotEmpty(token.GetPayloadValue<string[]>("amr"));
        AssertOnlyAllowedClaims(token);
    }

    [Fact]
    public async Task Login_SakaiDBrandHinted_RoutesToMydoorAsTheBrandWhosePageShowsSakaiD()
    {
        string? providerPage = null;
        var token = await LoginAsync(new FederationLogin
        {
            User = "hanako",
            Password = "hanako-demo",
            BeforeStep = (step, page) =>
            {
                providerPage = step == "login" ? page.Html : providerPage;
                return Task.CompletedTask;
            },
        }, idpHint: "sakai-d");

        // The hub told mydoor the brand (brand=sakai-d): its login page is SakaI-D's, not mydoor's own.
        Assert.NotNull(providerPage);
        Assert.Contains("<header><strong>SakaI-D</strong>", providerPage, StringComparison.Ordinal);

        Assert.Equal(ExpectedSubject.For("mydoor-osaka", MydoorResidents.Hanako.Subject), token.Subject);
        Assert.Equal("堺 花子", token.GetClaim("name").Value);
        Assert.Contains("271403", ResidentOf(token));
        Assert.Equal("urn:jp:regional-id:loa:B", token.GetClaim("acr").Value);
    }

    [Fact]
    public async Task Login_AizuCardProofedResident_Completes()
    {
        var token = await LoginAsync(new FederationLogin { Choice = "aizu-plus", User = "yuki", Password = "yuki-demo" });

        Assert.Equal(ExpectedSubject.For("aizu-plus", AizuResidents.Yuki.Subject), token.Subject);
        Assert.Equal("urn:jp:regional-id:loa:B", token.GetClaim("acr").Value);
        Assert.Equal("1988-03-03", token.GetClaim("birthdate").Value);
        AssertOnlyAllowedClaims(token);
    }

    [Fact]
    public async Task Login_AizuEmailOnlyResidentForAServiceNeedingB_UnmetAuthenticationRequirements()
    {
        using var browser = Federation.CreateBrowser(Alternate);
        var rp = Federation.CreateRelyingParty(Alternate);

        var end = await new FederationLogin { User = "tsuruga", Password = "tsuruga-demo" }.RunAsync(browser, rp.AuthorizeUrl(idpHint: "aizu-plus"));

        var response = rp.Callback(end);
        Assert.Equal("unmet_authentication_requirements", response["error"]);
        Assert.False(response.ContainsKey("code"));
    }

    protected async Task<JsonWebToken> LoginAsync(FederationLogin login, string? idpHint = null)
    {
        using var browser = Federation.CreateBrowser(Alternate);
        var rp = Federation.CreateRelyingParty(Alternate);
        var end = await login.RunAsync(browser, rp.AuthorizeUrl(idpHint));
        var response = rp.Callback(end);
        Assert.False(response.ContainsKey("error"), response.GetValueOrDefault("error") + ": " + response.GetValueOrDefault("error_description"));
        var tokens = await rp.RedeemAsync(response["code"]);
        return await rp.ValidateIdTokenAsync(tokens.GetProperty("id_token").GetString()!);
    }

    private static List<string> ResidentOf(JsonWebToken token)
        => token.GetPayloadValue<List<string>>("resident_of");

    private static void AssertOnlyAllowedClaims(JsonWebToken token)
    {
        foreach (var claim in NotAllowedForOsaka)
        {
            Assert.False(token.TryGetClaim(claim, out _), $"{claim} must not be released to osaka-kosodate.");
        }
    }
}

