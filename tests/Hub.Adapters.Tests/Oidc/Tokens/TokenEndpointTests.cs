using Hub.Adapters.Abstractions;
using Hub.Adapters.Oidc;
using Hub.Adapters.Oidc.Configuration;
using Hub.Adapters.Tests.Oidc.Support;
using Hub.TrustList.Model;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Hub.Adapters.Tests.Oidc.Tokens;

public sealed class TokenEndpointTests
{
    private const string Path = "/" + OidcTestBed.ProviderId + "/token";

    [Fact]
    public async Task CompleteAsync_TokenEndpoint500_IsUnavailableAndThePostIsNotRetried()
    {
        using var bed = OidcTestBed.Create();
        var pending = await bed.BeginAsync();
        bed.Server.Given(Request.Create().WithPath(Path).UsingPost()).RespondWith(Response.Create().WithStatusCode(500));

        var result = await bed.CompleteAsync(pending);

        AdapterAssert.Fails(result, OidcErrorCodes.ProviderUnavailable, AdapterErrorKind.Unavailable);
        Assert.Equal(1, bed.CallsTo(Path));
    }

    [Fact]
    public async Task CompleteAsync_TokenEndpointTimesOut_IsUnavailableAndThePostIsNotRetried()
    {
        using var bed = OidcTestBed.Create(o =>
        {
            o.Http.AttemptTimeout = TimeSpan.FromSeconds(1);
            o.Http.TotalTimeout = TimeSpan.FromSeconds(20);
        });
        var pending = await bed.BeginAsync();
        var stub = new StallingResponder(TimeSpan.FromSeconds(30));
        bed.Server.Given(Request.Create().WithPath(Path).UsingPost()).RespondWith(stub.Response());

        var started = DateTime.UtcNow;
        var result = await bed.CompleteAsync(pending);

        AdapterAssert.Fails(result, OidcErrorCodes.ProviderUnavailable, AdapterErrorKind.Unavailable);
        // The provider stalls 30 s: only the 1 s attempt timeout can end the call this early.
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(10), "the attempt timeout did not cut the call");
        await Task.Delay(TimeSpan.FromSeconds(2)); // time enough for a (wrong) retry to arrive
        Assert.InRange(stub.Calls, 0, 1); // never retried (0 only if the machine was too slow to deliver the first)
    }

    [Fact]
    public async Task CompleteAsync_InvalidGrant_IsRejectedWithTokenError()
    {
        using var bed = OidcTestBed.Create();
        var pending = await bed.BeginAsync();
        bed.Server.Given(Request.Create().WithPath(Path).UsingPost())
            .RespondWith(OidcTestBed.Json(400, new { error = "invalid_grant", error_description = "code already used" }));

        var result = await bed.CompleteAsync(pending);

        var error = AdapterAssert.Fails(result, OidcErrorCodes.TokenError);
        Assert.Contains("invalid_grant", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CompleteAsync_TokenResponseWithoutIdToken_IsRejected()
    {
        using var bed = OidcTestBed.Create();
        var pending = await bed.BeginAsync();
        bed.Server.Given(Request.Create().WithPath(Path).UsingPost())
            .RespondWith(OidcTestBed.Json(200, new { access_token = "at", token_type = "Bearer" }));

        var result = await bed.CompleteAsync(pending);

        AdapterAssert.Fails(result, OidcErrorCodes.IdTokenMissing);
    }

    [Fact]
    public async Task CompleteAsync_TokenEndpointRedirects_IsNotFollowed()
    {
        using var bed = OidcTestBed.Create();
        var pending = await bed.BeginAsync();
        bed.Server.Given(Request.Create().WithPath(Path).UsingPost())
            .RespondWith(Response.Create().WithStatusCode(307).WithHeader("Location", bed.BaseUrl + "elsewhere/token"));

        var result = await bed.CompleteAsync(pending);

        AdapterAssert.Fails(result, OidcErrorCodes.TokenResponseInvalid);
        Assert.Equal(0, bed.CallsTo("/elsewhere/token"));
    }

    [Fact]
    public async Task CompleteAsync_SecretMethodWithoutSecret_IsRejectedAsNotConfigured()
    {
        using var bed = OidcTestBed.Create();
        // The start-up validator refuses this configuration; the adapter must still not send without credentials.
        bed.Services.GetRequiredService<IOptions<OidcAdapterOptions>>().Value.Clients[OidcTestBed.ProviderId] = new() { Method = ClientAuthenticationMethod.ClientSecretBasic };
        var pending = await bed.BeginAsync();

        var result = await bed.CompleteAsync(pending);

        AdapterAssert.Fails(result, OidcErrorCodes.ClientNotConfigured);
        Assert.Equal(0, bed.CallsTo(Path));
    }
}
