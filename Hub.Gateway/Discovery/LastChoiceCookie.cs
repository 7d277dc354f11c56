using System.Text.RegularExpressions;
using Hub.Gateway.OpenIdProvider.Options;
using Microsoft.Extensions.Options;

namespace Hub.Gateway.Discovery;

/// <summary>
/// The last provider or brand chosen on this device, offered first next time: a cookie holding only its id
/// (HttpOnly, SameSite=Lax, one year, Secure unless the hub runs on plain-http loopback). "Forget" deletes it.
/// </summary>
public sealed partial class LastChoiceCookie(IOptions<HubOpenIdProviderOptions> hub)
{
    public const string Name = "hub_last_choice";

    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(365);

    private bool Secure => !(hub.Value.Issuer.Scheme == Uri.UriSchemeHttp && hub.Value.Issuer.IsLoopback);

    /// <summary>The remembered id; null when there is none or it is not an id.</summary>
    public static string? Read(HttpRequest request)
        => request.Cookies.TryGetValue(Name, out var value) && value is not null && Id().IsMatch(value) ? value : null;

    public void Remember(HttpResponse response, string choiceValue)
    {
        if (Id().IsMatch(choiceValue))
        {
            response.Cookies.Append(Name, choiceValue, Options(new CookieOptions { MaxAge = Lifetime }));
        }
    }

    public void Forget(HttpResponse response) => response.Cookies.Delete(Name, Options(new CookieOptions()));

    private CookieOptions Options(CookieOptions options)
    {
        options.HttpOnly = true;
        options.Secure = Secure;
        options.SameSite = SameSiteMode.Lax;
        options.Path = "/";
        options.IsEssential = true;
        return options;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9._-]{0,63}$")]
    private static partial Regex Id();
}
