using Hub.Adapters.Oidc;
using Hub.Adapters.Tests.Oidc.Support;

namespace Hub.Adapters.Tests.Oidc.Validation;

/// <summary>
/// OpenID RP conformance cases on the ID token's claims (iss, aud, azp, exp, iat, nonce, sub), each run through the
/// whole flow with a correctly signed token that breaks one rule.
/// </summary>
public sealed class IdTokenClaimsConformanceTests
{
    [Fact]
    public async Task CompleteAsync_InvalidIss_IsRejected()
    {
        using var bed = OidcTestBed.Create();

        var result = await bed.RunAsync(p => bed.IdToken(p, c => c["iss"] = "https://evil.example/op"));

        AdapterAssert.Fails(result, OidcErrorCodes.IdTokenIssuerInvalid);
    }

    [Fact]
    public async Task CompleteAsync_IssWithTrailingSlash_IsRejected()
    {
        using var bed = OidcTestBed.Create();

        var result = await bed.RunAsync(p => bed.IdToken(p, c => c["iss"] = bed.Issuer() + "/"));

        AdapterAssert.Fails(result, OidcErrorCodes.IdTokenIssuerInvalid);
    }

    [Fact]
    public async Task CompleteAsync_InvalidAud_IsRejected()
    {
        using var bed = OidcTestBed.Create();

        var result = await bed.RunAsync(p => bed.IdToken(p, c => c["aud"] = "some-other-client"));

        AdapterAssert.Fails(result, OidcErrorCodes.IdTokenAudienceInvalid);
    }

    [Fact]
    public async Task CompleteAsync_MultipleAudWithoutAzp_IsRejected()
    {
        using var bed = OidcTestBed.Create();

        var result = await bed.RunAsync(p => bed.IdToken(p, c => c["aud"] = new[] { TestTrustList.ClientId, "another-rp" }));

        AdapterAssert.Fails(result, OidcErrorCodes.IdTokenAzpMissing);
    }

    [Fact]
    public async Task CompleteAsync_MultipleAudWithAzpOfAnotherClient_IsRejected()
    {
        using var bed = OidcTestBed.Create();

        var result = await bed.RunAsync(p => bed.IdToken(p, c =>
        {
            c["aud"] = new[] { TestTrustList.ClientId, "another-rp" };
            c["azp"] = "another-rp";
        }));

        AdapterAssert.Fails(result, OidcErrorCodes.IdTokenAzpInvalid);
    }

    [Fact]
    public async Task CompleteAsync_MultipleAudWithOurAzp_IsAccepted()
    {
        using var bed = OidcTestBed.Create();

        var result = await bed.RunAsync(p => bed.IdToken(p, c =>
        {
            c["aud"] = new[] { TestTrustList.ClientId, "another-rp" };
            c["azp"] = TestTrustList.ClientId;
        }));

        AdapterAssert.Succeeds(result);
    }

    [Theory]
    [InlineData("sub", OidcErrorCodes.IdTokenSubMissing)]
    [InlineData("iat", OidcErrorCodes.IdTokenIatMissing)]
    [InlineData("exp", OidcErrorCodes.IdTokenExpMissing)]
    [InlineData("nonce", OidcErrorCodes.IdTokenNonceMissing)]
    public async Task CompleteAsync_MissingClaim_IsRejected(string claim, string code)
    {
        using var bed = OidcTestBed.Create();

        var result = await bed.RunAsync(p => bed.IdToken(p, c => c.Remove(claim)));

        AdapterAssert.Fails(result, code);
    }

    [Fact]
    public async Task CompleteAsync_AudMissing_IsRejected()
    {
        using var bed = OidcTestBed.Create();

        var result = await bed.RunAsync(p => bed.IdToken(p, c => c.Remove("aud")));

        AdapterAssert.Fails(result, OidcErrorCodes.IdTokenAudienceInvalid);
    }

    [Fact]
    public async Task CompleteAsync_ExpAsString_IsRejectedAsMissingNumericExp()
    {
        using var bed = OidcTestBed.Create();

        var result = await bed.RunAsync(p => bed.IdToken(p, c => c["exp"] = "4102444800"));

        AdapterAssert.Fails(result, OidcErrorCodes.IdTokenExpMissing);
    }

    [Fact]
    public async Task CompleteAsync_Expired_IsRejected()
    {
        using var bed = OidcTestBed.Create();

        var result = await bed.RunAsync(p => bed.IdToken(p, c =>
        {
            var now = bed.Time.GetUtcNow().ToUnixTimeSeconds();
            c["iat"] = now - 300;
            c["exp"] = now - 121;
        }));

        AdapterAssert.Fails(result, OidcErrorCodes.IdTokenExpired);
    }

    [Fact]
    public async Task CompleteAsync_ExpiredWithinClockSkew_IsAccepted()
    {
        using var bed = OidcTestBed.Create();

        var result = await bed.RunAsync(p => bed.IdToken(p, c => c["exp"] = bed.Time.GetUtcNow().ToUnixTimeSeconds() - 60));

        AdapterAssert.Succeeds(result);
    }

    [Fact]
    public async Task CompleteAsync_IatInTheFuture_IsRejected()
    {
        using var bed = OidcTestBed.Create();

        var result = await bed.RunAsync(p => bed.IdToken(p, c => c["iat"] = bed.Time.GetUtcNow().ToUnixTimeSeconds() + 600));

        AdapterAssert.Fails(result, OidcErrorCodes.IdTokenIatInFuture);
    }

    [Fact]
    public async Task CompleteAsync_IatTooOld_IsRejected()
    {
        using var bed = OidcTestBed.Create();

        var result = await bed.RunAsync(p => bed.IdToken(p, c =>
        {
            var now = bed.Time.GetUtcNow().ToUnixTimeSeconds();
            c["iat"] = now - 3600;
            c["exp"] = now + 3600;
        }));

        AdapterAssert.Fails(result, OidcErrorCodes.IdTokenIatTooOld);
    }

    [Fact]
    public async Task CompleteAsync_NonceMismatch_IsRejected()
    {
        using var bed = OidcTestBed.Create();

        var result = await bed.RunAsync(p => bed.IdToken(p, c => c["nonce"] = "nonce-of-another-flow"));

        AdapterAssert.Fails(result, OidcErrorCodes.IdTokenNonceMismatch);
    }
}
