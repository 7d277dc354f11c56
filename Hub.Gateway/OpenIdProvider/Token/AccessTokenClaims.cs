namespace Hub.Gateway.OpenIdProvider.Token;

/// <summary>
/// The hub's access tokens: a JWT (RFC 9068, <c>typ</c> at+jwt) signed with the hub's ES256 key and encrypted to the
/// hub itself (A256KW + A256CBC-HS512), read back only by its userinfo endpoint. Besides iss, aud (the issuer),
/// sub, iat, exp, jti, client_id and scope, it carries the released claims as one private claim.
/// </summary>
internal static class AccessTokenClaims
{
    public const string Type = "at+jwt";

    public const string ClientId = "client_id";

    public const string Scope = "scope";
}
