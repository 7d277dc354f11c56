using Hub.Gateway.OpenIdProvider.Release;

namespace Hub.Gateway.Tests.OpenIdProvider.Release;

public sealed class ClaimsParameterTests
{
    [Fact]
    public void Parse_UserinfoAndIdTokenMembers_CollectsCommonClaimsAndAcr()
    {
        var result = ClaimsParameter.Parse("""
            {"userinfo": {"birthdate": null, "sub": null, "custom": {"essential": true}},
             "id_token": {"email": {"essential": true}, "acr": {"essential": true, "values": ["urn:jp:regional-id:loa:B"]}}}
            """);

        Assert.True(result.IsSuccess);
        Assert.Equal(["birthdate", "email"], result.Value.ClaimNames.Order());
        Assert.Equal(["urn:jp:regional-id:loa:B"], result.Value.AcrValues);
        Assert.True(result.Value.AcrEssential);
    }

    [Fact]
    public void Parse_AcrSingleValue_Collected()
        => Assert.Equal(["urn:jp:regional-id:loa:A"], ClaimsParameter.Parse("""{"id_token": {"acr": {"value": "urn:jp:regional-id:loa:A"}}}""").Value.AcrValues);

    [Fact]
    public void Parse_Absent_None()
        => Assert.Empty(ClaimsParameter.Parse(null).Value.ClaimNames);

    [Theory]
    [InlineData("{")]
    [InlineData("\"text\"")]
    [InlineData("""{"userinfo": []}""")]
    [InlineData("""{"userinfo": {"name": "yes"}}""")]
    public void Parse_Malformed_InvalidRequest(string json)
    {
        var result = ClaimsParameter.Parse(json);

        Assert.False(result.IsSuccess);
        Assert.Equal("invalid_request", result.Error!.Error);
        Assert.Equal("op.claims.malformed", result.Error.Code);
    }
}
