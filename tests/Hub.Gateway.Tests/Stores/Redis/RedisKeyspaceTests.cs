using System.Text;
using Hub.Gateway.Stores.Redis;

namespace Hub.Gateway.Tests.Stores.Redis;

/// <summary>
/// The key layout is Redis Cluster safe: the keys a script touches together share a hash tag, and so a slot. The slot
/// is computed here independently of the client (CRC16/XMODEM of the hash tag, modulo 16384).
/// </summary>
public sealed class RedisKeyspaceTests
{
    private readonly RedisKeyspace _keys = new("hub:");

    [Fact]
    public void Code_DataAndRedeemedMarker_ShareASlot()
    {
        var (code, redeemed) = _keys.Code("secret-code");

        Assert.Equal(Slot(code!), Slot(redeemed!));
        Assert.DoesNotContain("secret-code", (string)code!, StringComparison.Ordinal);
    }

    [Fact]
    public void Consents_AllKeysOfOnePerson_ShareASlotAndNeverShowTheSubject()
    {
        var (grants, log, head) = _keys.Consents("person-key-1");
        string[] all = [grants!, log!, head!, _keys.Revocations("person-key-1")!];

        Assert.Single(all.Select(Slot).Distinct());
        Assert.All(all, k => Assert.StartsWith("hub:{sub:", k, StringComparison.Ordinal));
        Assert.All(all, k => Assert.DoesNotContain("person-key-1", k, StringComparison.Ordinal));
    }

    [Fact]
    public void Audit_StreamAndHead_ShareASlotPerPartitionAndPartitionsSpread()
    {
        Assert.All(Enumerable.Range(0, 8), p => Assert.Equal(Slot(_keys.Audit(p).Stream!), Slot(_keys.Audit(p).Head!)));
        Assert.True(Enumerable.Range(0, 8).Select(p => Slot(_keys.Audit(p).Stream!)).Distinct().Count() > 1);
    }

    [Fact]
    public void Flow_DifferentFlows_LandOnDifferentSlotsWithTheFlowHashTag()
    {
        string a = _keys.Flow("flow-a")!, b = _keys.Flow("flow-b")!;

        Assert.StartsWith("hub:{flow:", a, StringComparison.Ordinal);
        Assert.EndsWith("}:state", a, StringComparison.Ordinal);
        Assert.NotEqual(Slot(a), Slot(b));
    }

    [Fact]
    public void Prefix_Custom_IsUsedForEveryKey()
    {
        var keys = new RedisKeyspace("tenant-7:");

        string[] all =
        [
            keys.Flow("f")!, keys.Correlation("c")!, keys.Replay("r")!, keys.Code("c").Code!, keys.Consents("s").Log!,
            keys.Revocations("s")!, keys.Audit(0).Stream!, keys.HubKeys!, keys.DataProtectionKeys!,
        ];

        Assert.All(all, k => Assert.StartsWith("tenant-7:", k, StringComparison.Ordinal));
    }

    private static int Slot(string key)
    {
        var open = key.IndexOf('{', StringComparison.Ordinal);
        var close = open < 0 ? -1 : key.IndexOf('}', open + 1);
        var hashed = open >= 0 && close > open + 1 ? key[(open + 1)..close] : key;
        ushort crc = 0;
        foreach (var b in Encoding.UTF8.GetBytes(hashed))
        {
            crc ^= (ushort)(b << 8);
            for (var i = 0; i < 8; i++)
            {
                crc = (crc & 0x8000) != 0 ? (ushort)((crc << 1) ^ 0x1021) : (ushort)(crc << 1);
            }
        }
        return crc % 16384;
    }
}
