using Hub.TrustList.Common;

namespace Hub.TrustList.Tests.SecureRandom;

public sealed class SystemSecureRandomTests
{
    [Fact]
    public void Fill_SmallValuesAcrossManyBufferRefills_NeverRepeatNorZero()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var zeroBytes = 0;
        var bytes = 0;
        Span<byte> value = stackalloc byte[24];
        for (var i = 0; i < 5_000; i++)
        {
            value.Clear();
            SystemSecureRandom.Instance.Fill(value);
            Assert.True(seen.Add(Convert.ToHexString(value)));
            foreach (var b in value)
            {
                zeroBytes += b == 0 ? 1 : 0;
                bytes++;
            }
        }
        // 120,000 bytes: about 469 zero bytes expected from a uniform source; a wiped buffer handed out would give thousands.
        Assert.InRange(zeroBytes, bytes / 256 / 2, bytes / 256 * 2);
    }

    [Fact]
    public void Fill_LargerThanTheBufferedSize_FillsEveryByte()
    {
        var first = new byte[4096];
        var second = new byte[4096];

        SystemSecureRandom.Instance.Fill(first);
        SystemSecureRandom.Instance.Fill(second);

        Assert.NotEqual(first, second);
        Assert.InRange(first.Count(b => b == 0), 1, 64);
    }

    [Fact]
    public async Task Fill_OnManyThreads_ValuesStayDistinct()
    {
        var values = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() =>
            Enumerable.Range(0, 500).Select(_ => ((ISecureRandom)SystemSecureRandom.Instance).NextToken(16)).ToList())));

        var all = values.SelectMany(v => v).ToList();
        Assert.Equal(all.Count, all.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Fill_Empty_DoesNothing() => SystemSecureRandom.Instance.Fill([]);
}
