namespace Hub.Gateway.OpenIdProvider.UserInfo;

/// <summary>
/// Whether tokens issued to <paramref name="clientId"/> for the pairwise <paramref name="subject"/> at
/// <paramref name="issuedAt"/> were revoked since (consent withdrawn, for instance). Consulted by userinfo; the
/// consent dashboard provides the real implementation.
/// </summary>
public interface ITokenRevocationCheck
{
    Task<bool> IsRevokedAsync(string subject, string clientId, DateTimeOffset issuedAt, CancellationToken cancellationToken);
}
