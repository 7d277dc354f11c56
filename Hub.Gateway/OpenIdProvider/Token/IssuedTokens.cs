namespace Hub.Gateway.OpenIdProvider.Token;

/// <summary>The tokens of one successful token response.</summary>
internal sealed record IssuedTokens(string AccessToken, TimeSpan AccessTokenLifetime, string IdToken, IReadOnlyList<string> Scopes);
