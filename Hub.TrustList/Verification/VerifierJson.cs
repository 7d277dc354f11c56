using System.Text.Json;
using Hub.TrustList.Serialization;

namespace Hub.TrustList.Verification;

/// <summary>
/// The trust-list JSON options (<see cref="TrustListJson.Options"/>, same schema and strictness) with repeated
/// strings pooled while a verified list is read (<see cref="PooledStringConverter"/>).
/// </summary>
internal static class VerifierJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(TrustListJson.Options);
        options.Converters.Insert(0, new PooledStringConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
