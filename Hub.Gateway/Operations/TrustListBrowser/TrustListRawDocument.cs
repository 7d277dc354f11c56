using Hub.TrustList.Lookup;

namespace Hub.Gateway.Operations.TrustListBrowser;

/// <summary>
/// The exact signed bytes of the list in use, for download: anyone can verify them against the coordinator's
/// published anchor. The one place that knows where the raw bytes are kept (today: on the snapshot).
/// </summary>
internal static class TrustListRawDocument
{
    public static ReadOnlyMemory<byte> Of(TrustListSnapshot snapshot) => snapshot.RawJson;
}
