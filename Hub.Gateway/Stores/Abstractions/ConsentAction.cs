using System.Text.Json.Serialization;

namespace Hub.Gateway.Stores.Abstractions;

/// <summary>What a consent record says the person decided.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ConsentAction>))]
public enum ConsentAction
{
    /// <summary>The person approved releasing the claims to the client.</summary>
    Granted,

    /// <summary>The person refused (the flow ends with access_denied).</summary>
    Denied,

    /// <summary>The person withdrew an earlier grant.</summary>
    Revoked,
}
