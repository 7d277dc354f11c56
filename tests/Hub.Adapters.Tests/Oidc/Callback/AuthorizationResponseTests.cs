using Hub.Adapters.Abstractions;
using Hub.Adapters.Oidc;
using Hub.Adapters.Tests.Oidc.Support;

namespace Hub.Adapters.Tests.Oidc.Callback;

/// <summary>The front-channel answer: state binding and single use, RFC 9207 iss (mix-up), provider errors.</summary>
public sealed class AuthorizationResponseTests
{
    [Fact]
    public async Task CompleteAsync_StateMismatch_IsRejectedWithoutCallingTheProvider()
    {
        using var bed = OidcTestBed.Create();
        var pending = await bed.BeginAsync();
        var other = await bed.BeginAsync();

        var result = await bed.CompleteAsync(pending, bed.Callback(pending, q => q["state"] = other.Correlation));

        AdapterAssert.Fails(result, OidcErrorCodes.StateMismatch);
        Assert.Empty(bed.Server.LogEntries);
    }

    [Fact]
    public async Task CompleteAsync_StateMissing_IsRejected()
    {
        using var bed = OidcTestBed.Create();
        var pending = await bed.BeginAsync();

        var result = await bed.CompleteAsync(pending, bed.Callback(pending, q => q.Remove("state")));

        AdapterAssert.Fails(result, OidcErrorCodes.StateMissing);
    }

    [Fact]
    public async Task CompleteAsync_StateReused_IsRejectedTheSecondTime()
    {
        using var bed = OidcTestBed.Create();
        var pending = await bed.BeginAsync();
        bed.StubToken(bed.IdToken(pending));
        AdapterAssert.Succeeds(await bed.CompleteAsync(pending));

        var replay = await bed.CompleteAsync(pending);

        AdapterAssert.Fails(replay, OidcErrorCodes.StateReplayed);
        Assert.Equal(1, bed.CallsTo($"/{OidcTestBed.ProviderId}/token"));
    }

    [Fact]
    public async Task CompleteAsync_StateUsedByFailedResponse_CannotBeUsedAgain()
    {
        using var bed = OidcTestBed.Create();
        var pending = await bed.BeginAsync();
        AdapterAssert.Fails(await bed.CompleteAsync(pending, bed.Callback(pending, q => q["error"] = "access_denied")),
            "oidc.provider_error.access_denied", AdapterErrorKind.ProviderDenied);
        bed.StubToken(bed.IdToken(pending));

        var retry = await bed.CompleteAsync(pending);

        AdapterAssert.Fails(retry, OidcErrorCodes.StateReplayed);
    }

    [Fact]
    public async Task CompleteAsync_MixUpIssParameterOfAnotherProvider_IsRejected()
    {
        using var bed = OidcTestBed.Create();
        var pending = await bed.BeginAsync();

        var result = await bed.CompleteAsync(pending, bed.Callback(pending, q => q["iss"] = bed.BaseUrl + "aizu-plus"));

        AdapterAssert.Fails(result, OidcErrorCodes.IssMismatch);
        Assert.Empty(bed.Server.LogEntries);
    }

    [Fact]
    public async Task CompleteAsync_MixUpIssParameterMissing_IsRejected()
    {
        using var bed = OidcTestBed.Create();
        var pending = await bed.BeginAsync();

        var result = await bed.CompleteAsync(pending, bed.Callback(pending, q => q.Remove("iss")));

        AdapterAssert.Fails(result, OidcErrorCodes.IssMissing);
    }

    [Fact]
    public async Task CompleteAsync_IssParameterMissingAndNotRequired_IsAccepted()
    {
        using var bed = OidcTestBed.Create(o => o.RequireIssParameter = false);
        var pending = await bed.BeginAsync();
        bed.StubToken(bed.IdToken(pending));

        var result = await bed.CompleteAsync(pending, bed.Callback(pending, q => q.Remove("iss")));

        AdapterAssert.Succeeds(result);
    }

    [Fact]
    public async Task CompleteAsync_ErrorResponseWithWrongIss_IsRejectedAsMixUp()
    {
        using var bed = OidcTestBed.Create();
        var pending = await bed.BeginAsync();

        var result = await bed.CompleteAsync(pending, bed.Callback(pending, q =>
        {
            q.Remove("code");
            q["error"] = "access_denied";
            q["iss"] = "https://evil.example";
        }));

        AdapterAssert.Fails(result, OidcErrorCodes.IssMismatch);
    }

    [Theory]
    [InlineData("access_denied", AdapterErrorKind.ProviderDenied)]
    [InlineData("login_required", AdapterErrorKind.ProviderDenied)]
    [InlineData("consent_required", AdapterErrorKind.ProviderDenied)]
    [InlineData("interaction_required", AdapterErrorKind.ProviderDenied)]
    [InlineData("unmet_authentication_requirements", AdapterErrorKind.LevelNotMet)]
    [InlineData("temporarily_unavailable", AdapterErrorKind.Unavailable)]
    [InlineData("server_error", AdapterErrorKind.Unavailable)]
    [InlineData("invalid_request", AdapterErrorKind.Rejected)]
    public async Task CompleteAsync_ProviderErrorResponse_BecomesTypedError(string error, AdapterErrorKind kind)
    {
        using var bed = OidcTestBed.Create();
        var pending = await bed.BeginAsync();

        var result = await bed.CompleteAsync(pending, bed.Callback(pending, q =>
        {
            q.Remove("code");
            q["error"] = error;
            q["error_description"] = "provider text";
        }));

        AdapterAssert.Fails(result, "oidc.provider_error." + error, kind);
        Assert.Empty(bed.Server.LogEntries);
    }

    [Fact]
    public async Task CompleteAsync_UnregisteredProviderError_BecomesOtherWithoutEchoingTheValue()
    {
        using var bed = OidcTestBed.Create();
        var pending = await bed.BeginAsync();

        var result = await bed.CompleteAsync(pending, bed.Callback(pending, q => q["error"] = "x\r\nforged log line"));

        var error = AdapterAssert.Fails(result, OidcErrorCodes.ProviderErrorOther, AdapterErrorKind.ProviderDenied);
        Assert.DoesNotContain("forged", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CompleteAsync_NeitherCodeNorError_IsRejected()
    {
        using var bed = OidcTestBed.Create();
        var pending = await bed.BeginAsync();

        var result = await bed.CompleteAsync(pending, bed.Callback(pending, q => q.Remove("code")));

        AdapterAssert.Fails(result, OidcErrorCodes.CodeMissing);
    }

    [Fact]
    public async Task CompleteAsync_AfterFlowLifetime_IsRejectedAsExpired()
    {
        using var bed = OidcTestBed.Create();
        var pending = await bed.BeginAsync();
        bed.Time.Advance(TimeSpan.FromMinutes(16));

        var result = await bed.CompleteAsync(pending);

        AdapterAssert.Fails(result, OidcErrorCodes.FlowExpired);
    }

    [Fact]
    public async Task CompleteAsync_PendingWithoutOidcValues_IsRejected()
    {
        using var bed = OidcTestBed.Create();
        var pending = await bed.BeginAsync();
        var stripped = pending with { Values = new Dictionary<string, string> { ["oidc.state"] = pending.Correlation } };

        var result = await bed.CompleteAsync(stripped, bed.Callback(pending));

        AdapterAssert.Fails(result, OidcErrorCodes.PendingInvalid);
    }
}
