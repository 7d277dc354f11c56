using System.Diagnostics;
using Hub.Adapters.Abstractions;
using Hub.Adapters.Mapping;
using Hub.TrustList.Model;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Bench.Adapters;

/// <summary>
/// Translates one full Mebuku attribute set (era date, U+3000-separated name and reading, ISO 5218 gender, a
/// full-width one-line address and its local government code) through the mebuku-saml-v1 profile, on one thread:
/// accreditation checks, assurance, conversion, address split, derived ages and residence. Uses the adapters'
/// internal types, so the bench assembly must be named in Hub.Adapters' InternalsVisibleTo (Hub.Bench).
/// </summary>
public static class MappingBenchmark
{
    public static (string Name, double OpsPerSecond) Run() => Run(TimeSpan.FromSeconds(2));

    public static (string Name, double OpsPerSecond) Run(TimeSpan duration)
    {
        using var services = new ServiceCollection().AddAssertionTranslation().BuildServiceProvider();
        var translator = services.GetRequiredService<IAssertionTranslator>();
        var provider = Provider();
        var pending = new PendingAuthentication(provider.Id, null, LevelOfAssurance.B, new Uri("https://hub.example/callback"),
            "bench", DateTimeOffset.UnixEpoch, new Dictionary<string, string>());
        var assertion = Assertion(provider.Id);

        // Check once that the set maps without warnings, so the loop measures the full path.
        var first = translator.Translate(assertion, provider, pending);
        if (!first.IsSuccess || first.Value.Warnings.Count != 0 || first.Value.Attributes.ResidentOf is null)
        {
            throw new InvalidOperationException("The benchmark attribute set no longer maps cleanly: " + first.Error);
        }
        // Warm up as long as we measure, so that tiered JIT has reached its optimised code.
        Loop(translator, assertion, provider, pending, duration);
        var (operations, elapsed) = Loop(translator, assertion, provider, pending, duration);
        return ("Map a full attribute set (mebuku-saml-v1)", operations / elapsed.TotalSeconds);
    }

    private static (long Operations, TimeSpan Elapsed) Loop(
        IAssertionTranslator translator, ProviderAssertion assertion, IdentityProviderEntry provider,
        PendingAuthentication pending, TimeSpan duration)
    {
        var operations = 0L;
        var stopwatch = Stopwatch.StartNew();
        while (stopwatch.Elapsed < duration)
        {
            for (var i = 0; i < 1_000; i++)
            {
                translator.Translate(assertion, provider, pending);
            }
            operations += 1_000;
        }
        return (operations, stopwatch.Elapsed);
    }

    private static IdentityProviderEntry Provider() => new(
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

    private static ProviderAssertion Assertion(string providerId) => new(
        providerId,
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
