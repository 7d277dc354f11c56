using System.Security.Cryptography;
using System.Text;
using Hub.Gateway.OpenIdProvider.Options;
using Hub.TrustList.Common;
using Microsoft.Extensions.Options;

namespace Hub.Gateway.Flow;

/// <summary>
/// Binds a flow to the browser that started it: a short-lived, HttpOnly, SameSite=Lax cookie (Secure unless the hub
/// runs on plain-http loopback) carrying a random secret of 256 bits, of which the flow keeps only the SHA-256
/// (<see cref="FlowState.BrowserBinding"/>, in the shared store, so every instance can check it). Every step checks
/// that the browser's cookie for the flow it is about to advance hashes to that digest, and that the flow is within
/// its lifetime, so a flow id or a provider response stolen from one browser is useless in another. One cookie per
/// flow, so two tabs do not collide. No key is involved: nothing to share between instances or to rotate, and the
/// store alone cannot mint a cookie (it holds the digest, not the secret).
/// </summary>
internal sealed class FlowBrowserBinding
{
    private const int SecretBytes = 32;

    /// <summary>Longer than any secret this class writes (43 base64url characters): not even hashed.</summary>
    private const int MaxCookieLength = 64;

    private readonly ISecureRandom _random;
    private readonly TimeProvider _time;
    private readonly FlowOptions _options;
    private readonly bool _secure;

    public FlowBrowserBinding(ISecureRandom random, TimeProvider time, IOptions<FlowOptions> options, IOptions<HubOpenIdProviderOptions> hub)
    {
        _random = random;
        _time = time;
        _options = options.Value;
        var issuer = hub.Value.Issuer;
        _secure = !(issuer.Scheme == Uri.UriSchemeHttp && issuer.IsLoopback);
    }

    /// <summary>A browser secret for a new flow: the cookie's value, and the digest the flow keeps.</summary>
    public BrowserSecret NewSecret()
    {
        var value = _random.NextToken(SecretBytes);
        return new BrowserSecret(value, Digest(value));
    }

    /// <summary>Sets the flow's cookie to <paramref name="secret"/> (whose digest the stored flow holds).</summary>
    public void Bind(HttpContext context, string flowId, BrowserSecret secret)
        => context.Response.Cookies.Append(CookieName(flowId), secret.Value, new CookieOptions
        {
            HttpOnly = true,
            Secure = _secure,
            SameSite = SameSiteMode.Lax,
            Path = "/",
            IsEssential = true,
            Expires = _time.GetUtcNow() + _options.Lifetime,
        });

    /// <summary>True if the flow is within its lifetime and this browser carries the secret it was bound to.</summary>
    public bool Matches(HttpContext context, FlowState flow)
    {
        if (flow.BrowserBinding is not { } expected
            || _time.GetUtcNow() >= flow.CreatedAt + _options.Lifetime
            || !context.Request.Cookies.TryGetValue(CookieName(flow.FlowId), out var cookie)
            || string.IsNullOrEmpty(cookie)
            || cookie.Length > MaxCookieLength)
        {
            return false;
        }
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Digest(cookie)), Encoding.ASCII.GetBytes(expected));
    }

    /// <summary>True if the browser sent any flow cookie at all (used to detect a cross-site POST that dropped them).</summary>
    public bool CarriesAny(HttpContext context)
        => context.Request.Cookies.Keys.Any(k => k.StartsWith(_options.CookiePrefix, StringComparison.Ordinal));

    public void Clear(HttpContext context, string flowId)
        => context.Response.Cookies.Delete(CookieName(flowId), new CookieOptions { Path = "/", Secure = _secure, HttpOnly = true, SameSite = SameSiteMode.Lax });

    private static string Digest(string secret) => Base64Url.Encode(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    private string CookieName(string flowId)
        => _options.CookiePrefix + Base64Url.Encode(SHA256.HashData(Encoding.UTF8.GetBytes(flowId)).AsSpan(0, 6));
}

/// <summary>A flow's browser secret: <see cref="Value"/> goes into the cookie only, <see cref="Digest"/> into the flow.</summary>
internal sealed record BrowserSecret(string Value, string Digest);
