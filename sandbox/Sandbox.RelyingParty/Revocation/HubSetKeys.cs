using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace Sandbox.RelyingParty.Revocation;

/// <summary>
/// The issuer and keys a SET must match: the hub's discovery document and JWKS, read through the OpenID Connect
/// handler's own configuration manager (one cache, one refresh policy), unless pinned in the options.
/// </summary>
internal sealed class HubSetKeys(IOptionsMonitor<OpenIdConnectOptions> oidc, DemoRelyingPartyOptions options)
{
    private readonly IReadOnlyList<SecurityKey>? _pinned = options.HubJwks is null ? null : ParseJwks(options.HubJwks);

    /// <summary>Whether the keys come from discovery and so can be refreshed (a rotated hub key).</summary>
    public bool CanRefresh => _pinned is null;

    /// <exception cref="InvalidOperationException">The discovery document could not be read.</exception>
    public async Task<HubKeys> GetAsync(bool refresh, CancellationToken cancellationToken)
    {
        if (_pinned is not null && options.HubIssuer is not null)
        {
            return new HubKeys(options.HubIssuer, _pinned);
        }
        var manager = oidc.Get(OpenIdConnectDefaults.AuthenticationScheme).ConfigurationManager
            ?? throw new InvalidOperationException("The OpenID Connect handler has no configuration manager.");
        if (refresh)
        {
            manager.RequestRefresh();
        }
        var hub = await manager.GetConfigurationAsync(cancellationToken).ConfigureAwait(false);
        return new HubKeys(options.HubIssuer ?? hub.Issuer, _pinned ?? [.. hub.SigningKeys]);
    }

    /// <summary>The signing keys of a JWKS; fails at start when it holds none.</summary>
    public static IReadOnlyList<SecurityKey> ParseJwks(string json)
    {
        try
        {
            var keys = new JsonWebKeySet(json).GetSigningKeys();
            return keys.Count > 0 ? [.. keys] : throw new InvalidOperationException("HubJwks holds no usable signing key.");
        }
        catch (ArgumentException)
        {
            throw new InvalidOperationException("HubJwks is not a JWKS (RFC 7517 §5).");
        }
    }
}

internal sealed record HubKeys(string Issuer, IReadOnlyList<SecurityKey> SigningKeys);
