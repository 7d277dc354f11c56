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

    /// <summary>
    /// The authorization-request parameter that tells the provider which of its brands the person chose (e.g.
    /// <c>brand=sakai-d</c> to mydoor OSAKA ID), so its page can show that brand. Sent only when a brand was chosen;
    /// null or empty: never sent. Default <see cref="DefaultBrandParameter"/>.
    /// </summary>
    public string? BrandParameter { get; set; } = DefaultBrandParameter;

    public const string DefaultBrandParameter = "brand";

    /// <summary>Scopes for this provider besides <c>openid</c> and the default scopes.</summary>
    public List<string> Scopes { get; set; } = [];
}
