using System.Text.Json;
using Hub.Gateway.Tests.EndToEnd.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Sandbox.Providers.Mebuku;
using Sandbox.Providers.Mydoor;

namespace Hub.Gateway.Tests.Operations.Logging;

/// <summary>
/// Issue 7's "structured logs: no personal data", checked as a whole rather than per log line: complete logins
/// through the SAML and the OIDC provider, first through the consent page, with every hub log record kept at Debug
/// (more than production writes), and not one record may carry the resident's attributes (as the provider sent them
/// or as the RP received them) or the provider's own identifier of the person.
/// </summary>
public sealed class PersonalDataLoggingTests
{
    [Fact]
    public async Task Logins_SamlAndOidcThroughTheConsentPage_NoLogRecordCarriesTheResidentsData()
    {
        var logs = new CapturingLoggerProvider();
        await using var federation = await TestFederation.StartAsync(
            settings: new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "Debug" },
            services: services => services.AddSingleton<ILoggerProvider>(logs));

        var taro = await LoginAsync(federation, new FederationLogin { Choice = "mebuku", User = "taro", Password = "taro-demo" });
        var ichiro = await LoginAsync(federation, new FederationLogin { User = "ichiro", Password = "ichiro-demo" }, "mydoor-osaka");

        var t = MebukuResidents.Taro;
        var i = MydoorResidents.Ichiro;
        var personal = Personal(
            [t.UserNumber, t.Name, t.Kana, t.Birthdate, t.Address, i.Subject, .. i.Claims.Values.SelectMany(Strings),
             .. ReleasedValues(taro), .. ReleasedValues(ichiro)]);
        Assert.Contains("前橋 太郎", personal);
        Assert.Contains("1950-07-20", personal);
        Assert.True(logs.Records.Count > 50, $"Only {logs.Records.Count} log records: the capture is not working.");

        var leaks = (from record in logs.Records
                     from text in Texts(record)
                     from value in personal
                     where text.Contains(value, StringComparison.Ordinal)
                     select $"event {record.EventId.Id} '{record.Message}' carries '{value}'").Distinct().ToList();
        Assert.True(leaks.Count == 0, string.Join(Environment.NewLine, leaks));
    }

    private static async Task<JsonWebToken> LoginAsync(TestFederation federation, FederationLogin login, string? idpHint = null)
    {
        using var browser = federation.CreateBrowser();
        var rp = federation.CreateRelyingParty();
        var response = rp.Callback(await login.RunAsync(browser, rp.AuthorizeUrl(idpHint)));
        Assert.False(response.ContainsKey("error"), response.GetValueOrDefault("error"));
        var tokens = await rp.RedeemAsync(response["code"]);
        return await rp.ValidateIdTokenAsync(tokens.GetProperty("id_token").GetString()!);
    }

    /// <summary>The values of the personal claims the RP received (identifiers and protocol claims are not personal data here).</summary>
    private static IEnumerable<string> ReleasedValues(JsonWebToken token)
    {
        string[] personal = ["name", "birthdate", "address"];
        foreach (var claim in token.Claims.Where(c => personal.Contains(c.Type)))
        {
            if (claim.ValueType == "JSON")
            {
                foreach (var property in JsonDocument.Parse(claim.Value).RootElement.EnumerateObject())
                {
                    yield return property.Value.ToString();
                }
            }
            else
            {
                yield return claim.Value;
            }
        }
    }

    /// <summary>Every string in a claim value (objects such as an address give their members' values).</summary>
    private static IEnumerable<string> Strings(object value) => value switch
    {
        string text => [text],
        IReadOnlyDictionary<string, string> members => members.Values,
        _ => [],
    };

    /// <summary>Values distinctive enough to search for: four characters or more, and not a bare number or flag.</summary>
    private static List<string> Personal(IEnumerable<string> values)
        => [.. values.Where(v => v.Length >= 4 && !v.All(char.IsAsciiDigit) && v != "true").Distinct()];

    private static IEnumerable<string> Texts(CapturingLoggerProvider.Record record)
    {
        yield return record.Message;
        foreach (var value in record.Values.Values.Concat(record.Scope.Values))
        {
            if (value?.ToString() is { } text)
            {
                yield return text;
            }
        }
    }
}
