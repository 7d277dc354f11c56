using System.Text.Json;
using Hub.Adapters.Oidc.Claims;
using Hub.Adapters.Oidc.Validation;

namespace Hub.Adapters.Tests.Oidc.Claims;

public sealed class AssertionBuilderTests
{
    private static ValidatedIdToken Token(string json)
    {
        var claims = JsonDocument.Parse(json).RootElement.Clone();
        return new ValidatedIdToken(claims.GetProperty("sub").GetString()!, claims);
    }

    [Fact]
    public void Build_IdTokenClaims_FlattensAttributesAndDropsProtocolClaims()
    {
        var token = Token("""
            {"iss":"https://op","sub":"u1","aud":["hub","x"],"azp":"hub","exp":2,"iat":1,"nonce":"n","at_hash":"h",
             "c_hash":"c","sid":"s","jti":"j","auth_time":1743498000,"acr":"urn:jp:regional-id:loa:A","amr":["hwk","face"],
             "name":"前橋 太郎","email_verified":true,"age":42.5,"nickname":null,
             "address":{"region":"群馬県","locality":"前橋市","code":{"lg":"102016"}},
             "groups":["a","b"],"https://example.jp/claims/resident":"yes"}
            """);

        var assertion = AssertionBuilder.Build("mebuku", token, userinfo: null);

        Assert.Equal("mebuku", assertion.ProviderId);
        Assert.Equal("u1", assertion.Subject);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1743498000), assertion.AuthTime);
        Assert.Equal(["urn:jp:regional-id:loa:A"], assertion.AuthnContext);
        Assert.Equal(["hwk", "face"], assertion.Amr);
        var attributes = assertion.Attributes;
        Assert.Equal(["前橋 太郎"], attributes["name"]);
        Assert.Equal(["true"], attributes["email_verified"]);
        Assert.Equal(["42.5"], attributes["age"]);
        Assert.Equal(["群馬県"], attributes["address.region"]);
        Assert.Equal(["102016"], attributes["address.code.lg"]);
        Assert.Equal(["a", "b"], attributes["groups"]);
        Assert.Equal(["yes"], attributes["https://example.jp/claims/resident"]);
        Assert.False(attributes.ContainsKey("nickname"));
        foreach (var protocol in new[] { "iss", "sub", "aud", "azp", "exp", "iat", "nonce", "at_hash", "c_hash", "sid", "jti", "auth_time", "acr", "amr" })
        {
            Assert.False(attributes.ContainsKey(protocol), protocol + " leaked into the attributes");
        }
    }

    [Fact]
    public void Build_NoAuthTime_UsesIat()
    {
        var assertion = AssertionBuilder.Build("p", Token("""{"sub":"u","iat":1743498000}"""), null);

        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1743498000), assertion.AuthTime);
        Assert.Empty(assertion.AuthnContext);
        Assert.Empty(assertion.Amr);
    }

    [Fact]
    public void Build_Userinfo_ReplacesSamePathsAndKeepsOthers()
    {
        var token = Token("""{"sub":"u","iat":1,"email":"old@example.jp","address":{"region":"大阪府","locality":"堺市"}}""");
        var userinfo = JsonDocument.Parse("""{"sub":"u","email":"new@example.jp","address":{"locality":"大阪市"},"birthdate":"1990/04/01"}""").RootElement;

        var attributes = AssertionBuilder.Build("p", token, userinfo).Attributes;

        Assert.Equal(["new@example.jp"], attributes["email"]);
        Assert.Equal(["大阪府"], attributes["address.region"]);
        Assert.Equal(["大阪市"], attributes["address.locality"]);
        Assert.Equal(["1990/04/01"], attributes["birthdate"]);
    }
}
