using System.Text.Json;
using Hub.TrustList.Model;
using Hub.TrustList.Serialization;

namespace Hub.TrustList.Signing;

/// <summary>
/// DEMO MODE ONLY. The committed demo list (trustlist.json) passes its <c>next_update</c> one day; the demo must
/// keep working after that. At start-up, the demo gateway takes the committed list, makes it fresh and signs it
/// again with the demo coordinator key (sandbox/keys, committed, public: it proves nothing). Outside demo mode
/// nothing calls this, and an expired list is refused as usual. See docs/trustlist.md, "Demo re-signing".
/// </summary>
public static class DemoTrustListResigner
{
    public static readonly TimeSpan DemoValidity = TimeSpan.FromDays(30);

    /// <summary>
    /// Sets <c>issued_at</c> = now, <c>next_update</c> = now + 30 days, <c>sequence</c> = max(existing, Unix seconds
    /// of now), and signs with <paramref name="demoKey"/>. Throws <see cref="JsonException"/> for a list that does
    /// not parse. The input's own signature is not checked: the output is verified by the loader like any list.
    /// </summary>
    public static byte[] ResignFresh(byte[] signedJson, SigningKey demoKey, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        var document = JsonSerializer.Deserialize<TrustListDocument>(signedJson, TrustListJson.Options)
            ?? throw new JsonException("The demo trust list is empty.");
        var now = time.GetUtcNow();
        now = new DateTimeOffset(now.Ticks - now.Ticks % TimeSpan.TicksPerSecond, TimeSpan.Zero);
        var fresh = document with
        {
            IssuedAt = now,
            NextUpdate = now + DemoValidity,
            Sequence = Math.Max(document.Sequence, now.ToUnixTimeSeconds()),
            Signature = null,
        };
        return TrustListSigner.Sign(fresh, demoKey);
    }
}
