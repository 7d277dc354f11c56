using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace Hub.Gateway.Pages;

public static class PagesServiceCollectionExtensions
{
    /// <summary>The languages of the hub's pages: Japanese (the default) and English.</summary>
    public static IReadOnlyList<string> Languages { get; } = ["ja", "en"];

    /// <summary>The query parameter that switches the language (the choice is kept in a cookie).</summary>
    public const string LanguageParameter = "lang";

    /// <summary>Razor Pages with texts from resource files (Resources/Pages/PageTexts.resx: ja, .en.resx: en).</summary>
    public static IServiceCollection AddHubPages(this IServiceCollection services)
    {
        services.AddLocalization(options => options.ResourcesPath = "Resources");
        // Japanese text is written as is, not as numeric character references (still HTML-encoded where it must be).
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(options =>
            options.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddRazorPages(options => options.Conventions.ConfigureFilter(new AntiforgeryFailurePage()));
        services.Configure<RequestLocalizationOptions>(options =>
        {
            var cultures = Languages.Select(CultureInfo.GetCultureInfo).ToList();
            options.DefaultRequestCulture = new RequestCulture("ja");
            options.SupportedCultures = cultures;
            options.SupportedUICultures = cultures;
            options.RequestCultureProviders =
            [
                new QueryStringRequestCultureProvider { QueryStringKey = LanguageParameter, UIQueryStringKey = LanguageParameter },
                new CookieRequestCultureProvider(),
            ];
        });
        return services;
    }

    /// <summary>Picks the language and keeps an explicit choice (<c>?lang=en</c>) in a cookie.</summary>
    public static WebApplication UseHubLocalization(this WebApplication app)
    {
        app.UseRequestLocalization();
        app.Use((context, next) =>
        {
            if (context.Request.Query.TryGetValue(LanguageParameter, out var language) && Languages.Contains(language.ToString()))
            {
                context.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
                    CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(language.ToString())),
                    new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Lax, Path = "/", MaxAge = TimeSpan.FromDays(365), IsEssential = true });
            }
            return next();
        });
        return app;
    }
}
