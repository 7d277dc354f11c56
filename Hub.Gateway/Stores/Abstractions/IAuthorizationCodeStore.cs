namespace Hub.Gateway.Stores.Abstractions;

/// <summary>
/// Single-use authorization codes. Codes are stored under their SHA-256, never in clear. Redemption is atomic across
/// all instances: exactly one caller gets the data; later callers learn that the code was already redeemed, and by whom.
/// </summary>
public interface IAuthorizationCodeStore
{
    /// <summary>Stores the code with its bound data (client, redirect_uri, PKCE challenge, identity...). False if the code exists.</summary>
    Task<bool> TryStoreAsync<T>(string code, T data, CodeOwner owner, TimeSpan timeToLive, CancellationToken cancellationToken = default);

    /// <summary>Returns the data exactly once; see <see cref="CodeRedemption{T}"/>.</summary>
    Task<CodeRedemption<T>> TryRedeemAsync<T>(string code, CancellationToken cancellationToken = default);
}
