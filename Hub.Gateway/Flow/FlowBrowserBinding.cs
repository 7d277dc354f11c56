using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Hub.Gateway.OpenIdProvider.Options;
using Hub.TrustList.Common;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace Hub.Gateway.Flow;

/// <summary>
/// Binds a flow to the browser that started it: a short-lived, HttpOnly, SameSite=Lax cookie (Secure unless the hub
/// runs on plain-http loopback) carrying the flow id and its expiry, protected with data protection (shared by every
/// instance). Every step checks that the cookie names the flow it is about to advance, so a flow id or a provider
/// response stolen from one browser is useless in another. One cookie per flow, so two tabs do not collide.
/// </summary>
internal sealed class FlowBrowserBinding
{
    private const string Purpose = "Hub.Gateway.Flow.BrowserBinding.v1";

    private readonly IDataProtector _protector;
    private readonly TimeProvider _time;
    private readonly FlowOptions _options;
    private readonly bool _secure;

    public FlowBrowserBinding(
        IDataProtectionProvider dataProtection, TimeProvider time, IOptions<FlowOptions> options, IOptions<HubOpenIdProviderOptions> hub)
    {
        _protector = dataProtection.CreateProtector(Purpose);
        _time = time;
        _options = options.Value;
        var issuer = hub.Value.Issuer;
        _secure = !(issuer.Scheme == Uri.UriSchemeHttp && issuer.IsLoopback);
    }

    public void Bind(HttpContext context, string flowId)
    {
        var expires = _time.GetUtcNow() + _options.Lifetime;
        var payload = flowId + "|" + expires.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        context.Response.Cookies.Append(CookieName(flowId), _protector.Protect(payload), new CookieOptions
        {
            HttpOnly = true,
            Secure = _secure,
            SameSite = SameSiteMode.Lax,
            Path = "/",
            IsEssential = true,
            Expires = expires,
        });
    }

    /// <summary>True if this browser carries a valid, unexpired cookie for exactly <paramref name="flowId"/>.</summary>
    public bool Matches(HttpContext context, string flowId)
    {
        if (!context.Request.Cookies.TryGetValue(CookieName(flowId), out var cookie) || string.IsNullOrEmpty(cookie))
        {
            return false;
        }
        string payload;
        try
        {
            payload = _protector.Unprotect(cookie);
        }
        catch (CryptographicException)
        {
            return false;
        }
        var separator = payload.LastIndexOf('|');
        if (separator <= 0
            || !long.TryParse(payload.AsSpan(separator + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var expires)
            || _time.GetUtcNow() >= DateTimeOffset.FromUnixTimeSeconds(expires))
        {
            return false;
        }
        return CryptographicOperations.FixedTimeEquals(
            Encoding.UTF8.GetBytes(payload[..separator]), Encoding.UTF8.GetBytes(flowId));
    }

    /// <summary>True if the browser sent any flow cookie at all (used to detect a cross-site POST that dropped them).</summary>
    public bool CarriesAny(HttpContext context)
        => context.Request.Cookies.Keys.Any(k => k.StartsWith(_options.CookiePrefix, StringComparison.Ordinal));

    public void Clear(HttpContext context, string flowId)
        => context.Response.Cookies.Delete(CookieName(flowId), new CookieOptions { Path = "/", Secure = _secure, HttpOnly = true, SameSite = SameSiteMode.Lax });

    private string CookieName(string flowId)
        => _options.CookiePrefix + Base64Url.Encode(SHA256.HashData(Encoding.UTF8.GetBytes(flowId)).AsSpan(0, 6));
}
