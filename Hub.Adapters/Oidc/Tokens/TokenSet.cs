namespace Hub.Adapters.Oidc.Tokens;

/// <summary>What the token endpoint returned that the hub uses. Never logged.</summary>
internal sealed record TokenSet(string IdToken, string? AccessToken);
