using Hub.Adapters.Abstractions;
using Hub.Adapters.Mapping;
using Hub.TrustList.Model;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Hub.Adapters.Tests.Translation;

/// <summary>Trust-list entries and assertions shaped like the three sandbox providers (docs/attributes.md).</summary>
internal static class TranslationFixtures
{
    public static readonly DateTimeOffset LoginTime = new(2024, 6, 1, 10, 30, 0, TimeSpan.FromHours(9));

    public static readonly string[] FullAttributes =
    [
        "name", "family_name", "given_name", "name_kana", "family_name_kana", "given_name_kana",
        "birthdate", "gender", "address", "email", "email_verified",
    ];

    public static IdentityProviderEntry Mebuku(LevelOfAssurance maxLoa = LevelOfAssurance.A) => Provider(
        "mebuku", ProviderProtocol.Saml2, maxLoa, "mebuku-saml-v1",
        ["name", "family_name", "given_name", "name_kana", "family_name_kana", "given_name_kana", "birthdate", "gender", "address"]);

    public static IdentityProviderEntry Mydoor(EntryStatus sakaiStatus = EntryStatus.Accredited, string[]? attributes = null) => Provider(
        "mydoor-osaka", ProviderProtocol.Oidc, LevelOfAssurance.B, "mydoor-osaka-oidc-v1", attributes ?? FullAttributes,
        [new BrandEntry("sakai-d", new LocalizedText("SakaI-D", "SakaI-D"), null, [], [Status(sakaiStatus)])]);

    public static IdentityProviderEntry Aizu() => Provider(
        "aizu-plus", ProviderProtocol.Oidc, LevelOfAssurance.B, "aizu-plus-oidc-v1", FullAttributes);

    public static IdentityProviderEntry Provider(
        string id, ProviderProtocol protocol, LevelOfAssurance maxLoa, string profile, string[] attributes,
        BrandEntry[]? brands = null, EntryStatus status = EntryStatus.Accredited) => new(
        id,
        new LocalizedText(id, id),
        new LocalizedText("operator", "operator"),
        [],
        brands ?? [],
        protocol,
        null,
        null,
        maxLoa,
        attributes,
        profile,
        [Status(status)],
        null);

    public static PendingAuthentication Pending(
        IdentityProviderEntry provider, LevelOfAssurance required = LevelOfAssurance.C, string? brandId = null) => new(
        provider.Id, brandId, required, new Uri("https://hub.example/callback"), "corr-1", LoginTime.AddMinutes(-2),
        new Dictionary<string, string>());

    public static ProviderAssertion Assertion(
        IdentityProviderEntry provider, string[] context, string[] amr, params (string Name, string Value)[] attributes) => new(
        provider.Id,
        "subject-" + provider.Id,
        LoginTime,
        context,
        amr,
        attributes.GroupBy(a => a.Name).ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(a => a.Value).ToList()));

    public static IAssertionTranslator Translator(TimeProvider? time = null) =>
        new ServiceCollection()
            .AddSingleton(time ?? new FakeTimeProvider(LoginTime.AddMinutes(1)))
            .AddAssertionTranslation()
            .BuildServiceProvider()
            .GetRequiredService<IAssertionTranslator>();

    private static StatusChange Status(EntryStatus status) => new(status, LoginTime.AddYears(-1), "test");
}
