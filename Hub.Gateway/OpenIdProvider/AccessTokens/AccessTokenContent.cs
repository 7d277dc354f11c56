namespace Hub.Gateway.OpenIdProvider.AccessTokens;

/// <summary>
/// What a hub access token carries, sealed inside it (<see cref="SealedAccessToken"/>): the pairwise subject, the RP,
/// the granted scopes, its lifetime and the released claims as the text of one JSON object (read back by userinfo only).
/// </summary>
internal sealed record AccessTokenContent(
    string Subject, string ClientId, string Scope, DateTimeOffset IssuedAt, DateTimeOffset ExpiresAt, string? Released);
