namespace Hub.Gateway.Stores.Abstractions;

/// <summary>
/// Revocation of every token issued to a client for a subject: token validation refuses any token issued at or
/// before the revoked-at instant. Used on consent withdrawal and on authorization code reuse.
/// </summary>
public interface ITokenRevocationStore
{
    /// <summary>Revokes the tokens issued up to <paramref name="at"/>. An earlier instant never undoes a later revocation.</summary>
    Task RevokeAsync(string subject, string clientId, DateTimeOffset at, CancellationToken cancellationToken = default);

    /// <summary>The latest revocation instant, or null if tokens for the pair were never revoked.</summary>
    Task<DateTimeOffset?> GetRevokedAtAsync(string subject, string clientId, CancellationToken cancellationToken = default);
}
