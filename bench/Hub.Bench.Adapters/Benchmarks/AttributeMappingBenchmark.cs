using Hub.Adapters.Abstractions;
using Hub.Adapters.Mapping;
using Hub.TrustList.Model;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Bench.Adapters.Benchmarks;

/// <summary>
/// Translates one full Mebuku attribute set (era date, U+3000-separated name and reading, ISO 5218 gender, a
/// full-width one-line address and its local government code) through the mebuku-saml-v1 profile: accreditation
/// checks, assurance, conversion, address split, derived ages and residence.
/// </summary>
internal sealed class AttributeMappingBenchmark : IBenchmark
{
    private ServiceProvider _services = null!;
    private IAssertionTranslator _translator = null!;
    private IdentityProviderEntry _provider = null!;
    private PendingAuthentication _pending = null!;
    private ProviderAssertion _assertion = null!;

    public string Name => "mapping.full-attribute-set";

    public string Description => "map a full attribute set into the common schema (mebuku-saml-v1)";

    public void Setup()
    {
        _services = new ServiceCollection().AddAssertionTranslation().BuildServiceProvider();
        _translator = _services.GetRequiredService<IAssertionTranslator>();
        _provider = new IdentityProviderEntry(
            "mebuku",
            new LocalizedText("めぶくID", "Mebuku ID"),
            new LocalizedText("めぶくグラウンド株式会社", "Mebuku Ground Inc."),
            [],
            [],
            ProviderProtocol.Saml2,
            null,
            null,
            LevelOfAssurance.A,
            ["name", "family_name", "given_name", "name_kana", "family_name_kana", "given_name_kana", "birthdate", "gender", "address"],
            "mebuku-saml-v1",
            [new StatusChange(EntryStatus.Accredited, DateTimeOffset.UnixEpoch, "bench")],
            null);
        _pending = new PendingAuthentication(_provider.Id, null, LevelOfAssurance.B, new Uri("https://hub.example/callback"),
            "bench", DateTimeOffset.UnixEpoch, new Dictionary<string, string>());
        _assertion = new ProviderAssertion(
            _provider.Id,
            "mebuku-user-000123",
            new DateTimeOffset(2024, 6, 1, 10, 30, 0, TimeSpan.FromHours(9)),
            ["urn:mebuku:ac:jpki-card"],
            [],
            new Dictionary<string, IReadOnlyList<string>>
            {
                ["urn:mebuku:attr:name"] = ["前橋　太郎"],
                ["urn:mebuku:attr:kana"] = ["マエバシ　タロウ"],
                ["urn:mebuku:attr:birthdate"] = ["平成2年1月15日"],
                ["urn:mebuku:attr:gender"] = ["1"],
                ["urn:mebuku:attr:address"] = ["群馬県前橋市大手町２－１２－１"],
                ["urn:mebuku:attr:lgcode"] = ["102016"],
            });
    }

    public void Invoke()
    {
        var result = _translator.Translate(_assertion, _provider, _pending);
        if (!result.IsSuccess || result.Value.Warnings.Count != 0 || result.Value.Attributes.ResidentOf is null)
        {
            throw new InvalidOperationException("The benchmark attribute set no longer maps cleanly: " + result.Error);
        }
    }
}
