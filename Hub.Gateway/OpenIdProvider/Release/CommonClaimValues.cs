using System.Globalization;
using System.Text.Json.Nodes;
using Hub.Adapters.Identity;

namespace Hub.Gateway.OpenIdProvider.Release;

/// <summary>Reads the value of one common claim from an internal identity, as the JSON the RP will receive (docs/attributes.md).</summary>
public static class CommonClaimValues
{
    public static JsonNode? Read(InternalIdentity identity, string claim)
    {
        var a = identity.Attributes;
        return claim switch
        {
            CommonClaimNames.Name => Text(a.Name),
            CommonClaimNames.FamilyName => Text(a.FamilyName),
            CommonClaimNames.GivenName => Text(a.GivenName),
            CommonClaimNames.NameKana => Text(a.NameKana),
            CommonClaimNames.FamilyNameKana => Text(a.FamilyNameKana),
            CommonClaimNames.GivenNameKana => Text(a.GivenNameKana),
            CommonClaimNames.Birthdate => Text(a.Birthdate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            CommonClaimNames.Gender => Text(a.Gender),
            CommonClaimNames.Address => Address(a.Address),
            CommonClaimNames.AgeOver18 => a.AgeOver18 is { } over18 ? JsonValue.Create(over18) : null,
            CommonClaimNames.AgeOver65 => a.AgeOver65 is { } over65 ? JsonValue.Create(over65) : null,
            CommonClaimNames.ResidentOf => a.ResidentOf is { Count: > 0 } codes ? new JsonArray([.. codes.Select(c => (JsonNode?)JsonValue.Create(c))]) : null,
            CommonClaimNames.Email => Text(a.Email),
            CommonClaimNames.EmailVerified => a.EmailVerified is { } verified ? JsonValue.Create(verified) : null,
            CommonClaimNames.Provider => Provider(identity),
            _ => null,
        };
    }

    private static JsonNode? Text(string? value) => string.IsNullOrEmpty(value) ? null : JsonValue.Create(value);

    private static JsonObject Provider(InternalIdentity identity)
    {
        var provider = new JsonObject { ["id"] = identity.ProviderId };
        Add(provider, "brand", identity.BrandId);
        return provider;
    }

    private static JsonNode? Address(CommonAddress? address)
    {
        if (address is null)
        {
            return null;
        }
        var members = new JsonObject();
        Add(members, "formatted", address.Formatted);
        Add(members, "postal_code", address.PostalCode);
        Add(members, "region", address.Region);
        Add(members, "locality", address.Locality);
        Add(members, "street_address", address.StreetAddress);
        Add(members, "country", address.Country);
        Add(members, "local_government_code", address.LocalGovernmentCode);
        return members.Count == 0 ? null : members;
    }

    private static void Add(JsonObject target, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            target[name] = value;
        }
    }
}
