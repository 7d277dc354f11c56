using Hub.TrustList.Model;

namespace Hub.Adapters.Oidc.Configuration;

/// <summary>How the hub authenticates as a client at one provider's token endpoint.</summary>
public sealed class OidcClientOptions
{
    /// <summary><c>private_key_jwt</c> by default; the secret methods are for sandbox providers.</summary>
    public ClientAuthenticationMethod Method { get; set; } = ClientAuthenticationMethod.PrivateKeyJwt;

    /// <summary>The client secret, for <c>client_secret_basic</c> or <c>client_secret_post</c>.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>A private JWK (JSON) used instead of <see cref="OidcAdapterOptions.ClientSigningKey"/> for this provider.</summary>
    public string? PrivateJwk { get; set; }

    /// <summary>Scopes for this provider besides <c>openid</c> and the default scopes.</summary>
    public List<string> Scopes { get; set; } = [];
}
