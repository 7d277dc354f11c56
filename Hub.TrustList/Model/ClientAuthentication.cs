using System.Text.Json.Serialization;

namespace Hub.TrustList.Model;

[JsonConverter(typeof(JsonStringEnumConverter<ClientAuthenticationMethod>))]
public enum ClientAuthenticationMethod
{
    [JsonStringEnumMemberName("private_key_jwt")] PrivateKeyJwt,
    /// <summary>Allowed only for entries marked <c>demo</c>.</summary>
    [JsonStringEnumMemberName("client_secret_basic")] ClientSecretBasic,
    /// <summary>Allowed only for entries marked <c>demo</c>.</summary>
    [JsonStringEnumMemberName("client_secret_post")] ClientSecretPost,
}

/// <summary>
/// How a relying party authenticates at the token endpoint. The list never carries a secret: for the demo-only
/// secret methods it carries the SHA-256 of the secret (base64url).
/// </summary>
public sealed record ClientAuthentication(
    ClientAuthenticationMethod Method,
    PublicJwkSet? Jwks = null,
    string? ClientSecretSha256 = null);
