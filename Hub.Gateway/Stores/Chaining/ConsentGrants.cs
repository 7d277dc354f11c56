using Hub.Gateway.Stores.Abstractions;

namespace Hub.Gateway.Stores.Chaining;

internal static class ConsentGrants
{
    /// <summary>The standing consent a Granted record establishes.</summary>
    public static ConsentGrant From(ConsentRecord record) =>
        new(record.Subject, record.ClientId, record.Claims, record.PurposeVersions, record.RecordedAt, record.Id);
}
