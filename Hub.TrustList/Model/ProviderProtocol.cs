using System.Text.Json.Serialization;

namespace Hub.TrustList.Model;

[JsonConverter(typeof(JsonStringEnumConverter<ProviderProtocol>))]
public enum ProviderProtocol
{
    [JsonStringEnumMemberName("saml2")] Saml2,
    [JsonStringEnumMemberName("oidc")] Oidc,
}
