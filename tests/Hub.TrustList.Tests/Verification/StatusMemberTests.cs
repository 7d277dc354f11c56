using System.Text.Json.Nodes;
using Hub.TrustList.Model;
using Hub.TrustList.Tests.TestSupport;
using static Hub.TrustList.Verification.TrustListErrorCodes;

namespace Hub.TrustList.Tests.Verification;

/// <summary>The derived <c>status</c> members are written for human readers; a signed list must not let them disagree with the history.</summary>
public class StatusMemberTests
{
    private static readonly TrustListDocument Suspended = TestTrustLists.Minimal().MapRelyingParty(r => r with
    {
        StatusHistory = [.. r.StatusHistory, new StatusChange(EntryStatus.Suspended, TestTrustLists.Accredited.AddDays(1), "contract lapsed")],
    });

    [Fact]
    public void Verify_WrittenStatusesAsSerialized_Accepted()
        => Assert.True(Verifiers.Pinning().Verify(SignedLists.Sign(Suspended)).IsSuccess);

    [Fact]
    public void Verify_StatusesLeftOut_Accepted()
    {
        var list = SignedLists.SignEdited(Suspended, json =>
        {
            json["relying_parties"]![0]!.AsObject().Remove("status");
            json["identity_providers"]![1]!["brands"]![0]!.AsObject().Remove("status");
        });

        Assert.True(Verifiers.Pinning().Verify(list).IsSuccess);
    }

    [Fact]
    public void Verify_RelyingPartyShownAccreditedButSuspended_StatusMismatch()
    {
        var list = SignedLists.SignEdited(Suspended, json => json["relying_parties"]![0]!["status"] = "accredited");

        var error = Verifiers.Pinning().Verify(list).Error;

        Assert.Equal(StatusMismatch, error?.Code);
        Assert.Contains("$.relying_parties[0].status is 'accredited'", error!.Message, StringComparison.Ordinal);
        Assert.Contains("'suspended'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_ProviderShownSuspendedButAccredited_StatusMismatch()
    {
        var list = SignedLists.SignEdited(TestTrustLists.Minimal(), json => json["identity_providers"]![0]!["status"] = "suspended");

        var error = Verifiers.Pinning().Verify(list).Error;

        Assert.Equal(StatusMismatch, error?.Code);
        Assert.Contains("$.identity_providers[0].status", error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_BrandShownWithdrawn_StatusMismatchNamingTheBrand()
    {
        var list = SignedLists.SignEdited(TestTrustLists.Minimal(), json => json["identity_providers"]![1]!["brands"]![0]!["status"] = "withdrawn");

        var error = Verifiers.Pinning().Verify(list).Error;

        Assert.Equal(StatusMismatch, error?.Code);
        Assert.Contains("$.identity_providers[1].brands[0].status", error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_StatusNotAStatusName_StatusMismatch()
    {
        var list = SignedLists.SignEdited(TestTrustLists.Minimal(), json => json["relying_parties"]![0]!["status"] = "active");

        var error = Verifiers.Pinning().Verify(list).Error;

        Assert.Equal(StatusMismatch, error?.Code);
        Assert.Contains("'active'", error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_StatusNotAString_Schema()
    {
        var list = SignedLists.SignEdited(TestTrustLists.Minimal(), json => json["relying_parties"]![0]!["status"] = new JsonObject());

        var error = Verifiers.Pinning().Verify(list).Error;

        Assert.Equal(Schema, error?.Code);
        Assert.Contains("$.relying_parties[0].status", error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_TwoMismatches_BothCounted()
    {
        var list = SignedLists.SignEdited(TestTrustLists.Minimal(), json =>
        {
            json["identity_providers"]![0]!["status"] = "withdrawn";
            json["relying_parties"]![0]!["status"] = "withdrawn";
        });

        var error = Verifiers.Pinning().Verify(list).Error;

        Assert.Equal(StatusMismatch, error?.Code);
        Assert.EndsWith("(and 1 more)", error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_EmptyHistoryWithStatus_StatusHistoryOnly()
    {
        var list = SignedLists.Sign(TestTrustLists.Minimal().MapRelyingParty(r => r with { StatusHistory = [] }));

        var error = Verifiers.Pinning().Verify(list).Error;

        Assert.Equal(StatusHistory, error?.Code);
        Assert.DoesNotContain("more", error!.Message, StringComparison.Ordinal);
    }
}
