using System.Text.Json;
using Hub.Gateway.Tests.EndToEnd.Infrastructure;
using Sandbox.Providers.Aizu;
using Sandbox.Providers.Mebuku;
using Sandbox.Providers.Mydoor;

namespace Hub.Gateway.Tests.Interop;

/// <summary>
/// Interop with a certified relying-party library: openid-client 6.8.9 (Node) completes the flow against the hub
/// over real HTTP (discovery, code + PKCE S256, private_key_jwt, RFC 9207 iss, ID token validation, userinfo) for
/// every sandbox provider, and surfaces the hub's OIDC error when the level cannot be met. See docs/interop.md.
/// </summary>
public sealed class OpenIdClientInteropTests(InteropFederationFixture fixture) : IClassFixture<InteropFederationFixture>
{
    private const string LevelA = "urn:jp:regional-id:loa:A";
    private const string LevelB = "urn:jp:regional-id:loa:B";

    private Uri Issuer => fixture.Federation.Issuer;

    [Fact]
    public async Task OpenIdClient_MebukuSamlChosenOnTheChoicePage_ValidatesPairwiseSubjectLevelAAndClaims()
    {
        var claims = await LoginAsync(new("taro", "taro-demo") { Choice = "mebuku" });

        Assert.Equal(ExpectedSubject.For("mebuku", MebukuResidents.Taro.UserNumber), Text(claims, "sub"));
        Assert.NotEqual(MebukuResidents.Taro.UserNumber, Text(claims, "sub"));
        Assert.Equal(LevelA, Text(claims, "acr"));
        Assert.Equal("前橋 太郎", Text(claims, "name"));
        Assert.Equal("1990-01-15", Text(claims, "birthdate"));
        Assert.Contains("102016", Strings(claims, "resident_of"));
        Assert.True(claims.GetProperty("age_over_18").GetBoolean());
    }

    [Fact]
    public async Task OpenIdClient_MydoorHinted_ValidatesPairwiseSubjectAndClaims()
    {
        var claims = await LoginAsync(new("ichiro", "ichiro-demo") { IdpHint = "mydoor-osaka" });

        Assert.Equal(ExpectedSubject.For("mydoor-osaka", MydoorResidents.Ichiro.Subject), Text(claims, "sub"));
        Assert.Equal(LevelB, Text(claims, "acr"));
        Assert.Equal("大阪 一郎", Text(claims, "name"));
        Assert.Contains("271004", Strings(claims, "resident_of"));
        Assert.NotEmpty(Strings(claims, "amr"));
    }

    [Fact]
    public async Task OpenIdClient_SakaiDBrandHinted_ValidatesTheSakaiResident()
    {
        var claims = await LoginAsync(new("hanako", "hanako-demo") { IdpHint = "sakai-d" });

        Assert.Equal(ExpectedSubject.For("mydoor-osaka", MydoorResidents.Hanako.Subject), Text(claims, "sub"));
        Assert.Equal(LevelB, Text(claims, "acr"));
        Assert.Equal("堺 花子", Text(claims, "name"));
        Assert.Contains("271403", Strings(claims, "resident_of"));
    }

    [Fact]
    public async Task OpenIdClient_AizuCardProofedResident_ValidatesPairwiseSubjectAndClaims()
    {
        var claims = await LoginAsync(new("yuki", "yuki-demo") { Choice = "aizu-plus", AcrValues = LevelB });

        Assert.Equal(ExpectedSubject.For("aizu-plus", AizuResidents.Yuki.Subject), Text(claims, "sub"));
        Assert.Equal(LevelB, Text(claims, "acr"));
        Assert.Equal("1988-03-03", Text(claims, "birthdate"));
    }

    [Fact]
    public async Task OpenIdClient_AizuEmailOnlyResidentWithAcrValuesB_SurfacesUnmetAuthenticationRequirements()
    {
        var (json, outcome) = await OpenIdClientScript.RunAsync(
            Issuer, new("tsuruga", "tsuruga-demo") { IdpHint = "aizu-plus", AcrValues = LevelB });

        Assert.True(json.TryGetProperty("failure", out var failure), $"openid-client must not accept the login: {outcome}");
        Assert.Equal("unmet_authentication_requirements", failure.GetProperty("error").GetString());
        Assert.Equal("AuthorizationResponseError", failure.GetProperty("name").GetString());
        Assert.NotEqual(0, outcome.ExitCode);
        Assert.False(json.TryGetProperty("id_token_claims", out _));
    }

    /// <summary>Runs the login; checks what every successful one must show; returns the ID token's claims.</summary>
    private async Task<JsonElement> LoginAsync(OpenIdClientScript.Login login)
    {
        var (json, outcome) = await OpenIdClientScript.RunAsync(Issuer, login);
        Assert.True(outcome.ExitCode == 0 && !json.TryGetProperty("failure", out _), $"openid-client did not complete the login: {outcome}");

        var claims = json.GetProperty("id_token_claims");
        Assert.Equal(Issuer.AbsoluteUri, Text(claims, "iss"));
        Assert.Equal(OpenIdClientScript.ClientId, Text(claims, "aud"));
        Assert.True(json.GetProperty("iss_parameter_checked").GetBoolean(), "The hub must announce the RFC 9207 iss parameter.");
        Assert.Equal(Issuer.AbsoluteUri, json.GetProperty("callback_iss").GetString());
        Assert.Contains(json.GetProperty("id_token_alg").GetString(), new[] { "RS256", "ES256" });

        var userinfo = json.GetProperty("userinfo");
        Assert.Equal(Text(claims, "sub"), Text(userinfo, "sub"));
        Assert.Equal(Text(claims, "name"), Text(userinfo, "name"));
        foreach (var withheld in new[] { "gender", "email", "family_name", "given_name", "name_kana" })
        {
            Assert.False(claims.TryGetProperty(withheld, out _), $"{withheld} must not be released to {OpenIdClientScript.ClientId}.");
            Assert.False(userinfo.TryGetProperty(withheld, out _), $"{withheld} must not be in the userinfo of {OpenIdClientScript.ClientId}.");
        }
        return claims;
    }

    private static string? Text(JsonElement json, string name)
    {
        if (!json.TryGetProperty(name, out var value))
        {
            return null;
        }
        return value.ValueKind == JsonValueKind.Array && value.GetArrayLength() == 1 ? value[0].GetString() : value.GetString();
    }

    private static List<string?> Strings(JsonElement json, string name)
        => [.. json.GetProperty(name).EnumerateArray().Select(e => e.GetString())];
}
