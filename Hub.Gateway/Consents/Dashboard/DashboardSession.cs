using System.Security.Cryptography;
using System.Text.Json;
using Hub.Gateway.OpenIdProvider.Options;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace Hub.Gateway.Consents.Dashboard;

/// <summary>
/// The consent dashboard's session: one cookie (<c>hub_consents</c>), HttpOnly, SameSite=Lax, Secure unless the hub
/// runs on plain-http loopback, path <c>/consents</c>, valid for <see cref="Lifetime"/> (not renewed). Its value is the
/// <see cref="DashboardPerson"/>, protected with data protection (shared by every instance), so nobody can read or forge it.
/// </summary>
internal sealed class DashboardSession
{
    public const string CookieName = "hub_consents";
    public const string CookiePath = "/consents";
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(15);

    private const string Purpose = "Hub.Gateway.Consents.DashboardSession.v1";

    private readonly IDataProtector _protector;
    private readonly TimeProvider _time;
    private readonly bool _secure;

    public DashboardSession(IDataProtectionProvider dataProtection, TimeProvider time, IOptions<HubOpenIdProviderOptions> hub)
    {
        _protector = dataProtection.CreateProtector(Purpose);
        _time = time;
        var issuer = hub.Value.Issuer;
        _secure = !(issuer.Scheme == Uri.UriSchemeHttp && issuer.IsLoopback);
    }

    public void SignIn(HttpContext context, string consentSubject)
    {
        var person = new DashboardPerson(consentSubject, _time.GetUtcNow() + Lifetime);
        context.Response.Cookies.Append(CookieName, _protector.Protect(JsonSerializer.Serialize(person)), Options(person.ExpiresAt));
    }

    /// <summary>The signed-in person, or null (no cookie, forged, or expired).</summary>
    public DashboardPerson? Current(HttpContext context)
    {
        if (!context.Request.Cookies.TryGetValue(CookieName, out var cookie) || string.IsNullOrEmpty(cookie))
        {
            return null;
        }
        try
        {
            var person = JsonSerializer.Deserialize<DashboardPerson>(_protector.Unprotect(cookie));
            return person is not null && _time.GetUtcNow() < person.ExpiresAt ? person : null;
        }
        catch (Exception e) when (e is CryptographicException or JsonException)
        {
            return null;
        }
    }

    public void SignOut(HttpContext context) => context.Response.Cookies.Delete(CookieName, Options(null));

    private CookieOptions Options(DateTimeOffset? expires) => new()
    {
        HttpOnly = true,
        Secure = _secure,
        SameSite = SameSiteMode.Lax,
        Path = CookiePath,
        IsEssential = true,
        Expires = expires,
    };
}
