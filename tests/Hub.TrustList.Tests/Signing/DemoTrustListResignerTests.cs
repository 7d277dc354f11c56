using System.Text.Json;
using Hub.TrustList.Model;
using Hub.TrustList.Serialization;
using Hub.TrustList.Signing;
using Hub.TrustList.Tests.TestSupport;
using Hub.TrustList.Verification;
using Microsoft.Extensions.Time.Testing;

namespace Hub.TrustList.Tests.Signing;

public class DemoTrustListResignerTests
{
    [Fact]
    public void ResignFresh_ExpiredList_FreshAndVerifiable()
    {
        var expired = SignedLists.Sign(TestTrustLists.Minimal(sequence: 5));
        var now = new FakeTimeProvider(TestTrustLists.NextUpdate.AddYears(2).AddMilliseconds(1234));
        Assert.Equal(TrustListErrorCodes.Expired, Verifiers.Pinning(now).Verify(expired).Error?.Code);

        var fresh = DemoTrustListResigner.ResignFresh(expired, TestKeys.Coordinator, now);

        var result = Verifiers.Pinning(now).Verify(fresh);
        Assert.True(result.IsSuccess, result.Error?.ToString());
        var document = result.Value.Document;
        var second = new DateTimeOffset(now.GetUtcNow().Ticks / TimeSpan.TicksPerSecond * TimeSpan.TicksPerSecond, TimeSpan.Zero);
        Assert.Equal(second, document.IssuedAt);
        Assert.Equal(second.AddDays(30), document.NextUpdate);
        Assert.Equal(second.ToUnixTimeSeconds(), document.Sequence);
        Assert.Equal(TestTrustLists.Minimal().IdentityProviders.Count, document.IdentityProviders.Count);
    }

    [Fact]
    public void ResignFresh_SequenceAboveNow_KeepsTheSequence()
    {
        var ahead = SignedLists.Sign(TestTrustLists.Minimal(sequence: 9_000_000_000));

        var fresh = DemoTrustListResigner.ResignFresh(ahead, TestKeys.Coordinator, Verifiers.Clock());

        Assert.Equal(9_000_000_000, JsonSerializer.Deserialize<TrustListDocument>(fresh, TrustListJson.Options)!.Sequence);
    }

    [Fact]
    public void ResignFresh_NotAList_Throws()
        => Assert.ThrowsAny<JsonException>(() => DemoTrustListResigner.ResignFresh("{}"u8.ToArray(), TestKeys.Coordinator, Verifiers.Clock()));
}
