using Hub.Adapters.Abstractions;
using Hub.Adapters.Oidc;
using Hub.Adapters.Tests.Oidc.Support;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Hub.Adapters.Tests.Oidc.Userinfo;

public sealed class UserinfoTests
{
    private const string Path = "/" + OidcTestBed.ProviderId + "/userinfo";

    private static OidcTestBed UserinfoBed() => OidcTestBed.Create(providers: b => [b.Provider(OidcTestBed.ProviderId, useUserinfo: true)]);

    private static void StubUserinfo(OidcTestBed bed, object body)
        => bed.Server.Given(Request.Create().WithPath(Path).UsingGet().WithHeader("Authorization", "Bearer access-token-1"))
            .RespondWith(OidcTestBed.Json(200, body));

    [Fact]
    public async Task CompleteAsync_UserinfoWithSameSub_MergesItsClaimsOverTheIdToken()
    {
        using var bed = UserinfoBed();
        StubUserinfo(bed, new
        {
            sub = "osaka-user-0001",
            email = "hanako.new@example.jp",
            birthdate = "1990/04/01",
            address = new { region = "大阪府", locality = "堺市", street_address = "堺区南瓦町3-1" },
        });

        var identity = AdapterAssert.Succeeds(await bed.RunAsync(p => bed.IdToken(p)));

        Assert.Equal("hanako.new@example.jp", identity.Attributes.Email);
        var attributes = bed.Translator.LastAssertion!.Attributes;
        Assert.Equal(["1990/04/01"], attributes["birthdate"]);
        Assert.Equal(["堺区南瓦町3-1"], attributes["address.street_address"]);
        Assert.Equal(["大阪 花子"], attributes["name"]);
        Assert.Equal(1, bed.CallsTo(Path));
    }

    [Fact]
    public async Task CompleteAsync_UserinfoSubMismatch_IsRejected()
    {
        using var bed = UserinfoBed();
        StubUserinfo(bed, new { sub = "someone-else", email = "x@example.jp" });

        var result = await bed.RunAsync(p => bed.IdToken(p));

        AdapterAssert.Fails(result, OidcErrorCodes.UserinfoSubMismatch);
    }

    [Fact]
    public async Task CompleteAsync_UserinfoWithoutSub_IsRejected()
    {
        using var bed = UserinfoBed();
        StubUserinfo(bed, new { email = "x@example.jp" });

        var result = await bed.RunAsync(p => bed.IdToken(p));

        AdapterAssert.Fails(result, OidcErrorCodes.UserinfoSubMissing);
    }

    [Fact]
    public async Task CompleteAsync_SignedJwtUserinfo_IsRejectedAsUnsupportedFormat()
    {
        using var bed = UserinfoBed();
        bed.Server.Given(Request.Create().WithPath(Path).UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/jwt").WithBody("eyJ.eyJ.sig"));

        var result = await bed.RunAsync(p => bed.IdToken(p));

        AdapterAssert.Fails(result, OidcErrorCodes.UserinfoUnsupportedFormat);
    }

    [Fact]
    public async Task CompleteAsync_UserinfoNotAJsonObject_IsRejected()
    {
        using var bed = UserinfoBed();
        bed.Server.Given(Request.Create().WithPath(Path).UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody("[1,2]"));

        var result = await bed.RunAsync(p => bed.IdToken(p));

        AdapterAssert.Fails(result, OidcErrorCodes.UserinfoInvalid);
    }

    [Fact]
    public async Task CompleteAsync_UserinfoRefusesTheAccessToken_IsRejected()
    {
        using var bed = UserinfoBed();
        bed.Server.Given(Request.Create().WithPath(Path).UsingGet()).RespondWith(Response.Create().WithStatusCode(401));

        var result = await bed.RunAsync(p => bed.IdToken(p));

        AdapterAssert.Fails(result, OidcErrorCodes.UserinfoInvalid);
        Assert.Equal(1, bed.CallsTo(Path));
    }

    [Fact]
    public async Task CompleteAsync_TokenResponseWithoutAccessToken_IsRejectedWhenUserinfoIsNeeded()
    {
        using var bed = UserinfoBed();
        var pending = await bed.BeginAsync();
        bed.StubToken(bed.IdToken(pending), accessToken: null);

        var result = await bed.CompleteAsync(pending);

        AdapterAssert.Fails(result, OidcErrorCodes.AccessTokenMissing);
    }

    [Fact]
    public async Task CompleteAsync_ProviderWithoutUserinfo_NeverCallsIt()
    {
        using var bed = OidcTestBed.Create();
        StubUserinfo(bed, new { sub = "someone-else" });

        AdapterAssert.Succeeds(await bed.RunAsync(p => bed.IdToken(p)));

        Assert.Equal(0, bed.CallsTo(Path));
    }

    [Fact]
    public async Task CompleteAsync_UserinfoFailsWith503_RetriesTheGetThenIsUnavailable()
    {
        using var bed = UserinfoBed();
        bed.Server.Given(Request.Create().WithPath(Path).UsingGet()).RespondWith(Response.Create().WithStatusCode(503));

        var result = await bed.RunAsync(p => bed.IdToken(p));

        AdapterAssert.Fails(result, OidcErrorCodes.ProviderUnavailable, AdapterErrorKind.Unavailable);
        Assert.Equal(3, bed.CallsTo(Path));
    }
}
