using Hub.Gateway.Stores.Abstractions;
using Hub.Gateway.Tests.EndToEnd.Infrastructure;
using Hub.TrustList.Model;
using Microsoft.Extensions.DependencyInjection;
using Sandbox.Providers.Mebuku;

namespace Hub.Gateway.Tests.EndToEnd;

/// <summary>
/// What a login leaves behind: a consent record (naming the person by the RP's pairwise sub) that spares the next
/// login the question, and an audit entry per code that links to it.
/// </summary>
public sealed class RecordsTests : IAsyncLifetime
{
    private TestFederation _federation = null!;

    public async Task InitializeAsync() => _federation = await TestFederation.StartAsync();

    public async Task DisposeAsync() => await _federation.DisposeAsync();

    [Fact]
    public async Task Login_Twice_SecondSkipsConsentAndBothAreAudited()
    {
        var first = await LoginAsync();
        var second = await LoginAsync();

        Assert.Contains("consent", first.Steps);
        Assert.DoesNotContain("consent", second.Steps);
        Assert.Equal(first.Subject, second.Subject);
        var entries = new List<AuditEntry>();
        await foreach (var entry in _federation.Services.GetRequiredService<IAuditLog>().ReadAllAsync())
        {
            entries.Add(entry);
        }
        Assert.Equal(2, entries.Count);
        var record = entries[0].Record;
        Assert.Equal("osaka-kosodate", record.ClientId);
        Assert.Equal("mebuku", record.ProviderId);
        Assert.Equal(first.Subject, record.Subject);
        Assert.Equal(LevelOfAssurance.A, record.Level);
        Assert.Equal(["address", "age_over_18", "birthdate", "name", "resident_of"], record.ClaimNames.Order());
        Assert.True((await _federation.Services.GetRequiredService<IAuditLog>().VerifyAsync()).IsIntact);
        Assert.Equal(record.ConsentRecordId, entries[1].Record.ConsentRecordId);
        Assert.NotEqual(MebukuResidents.Taro.UserNumber, record.Subject);
        var person = _federation.Services.GetRequiredService<Hub.Gateway.Policy.ConsentSubject>().For("mebuku", MebukuResidents.Taro.UserNumber);
        var consent = Assert.Single(await _federation.Services.GetRequiredService<IConsentStore>().ReadRecordsAsync(person));
        Assert.Equal(consent.Id, record.ConsentRecordId);
        Assert.Equal(first.Subject, consent.Subject);
    }

    private async Task<(List<string> Steps, string Subject)> LoginAsync()
    {
        using var browser = _federation.CreateBrowser();
        var rp = _federation.CreateRelyingParty();
        var steps = new List<string>();
        var login = new FederationLogin
        {
            User = "taro", Password = "taro-demo",
            BeforeStep = (step, _) =>
            {
                steps.Add(step);
                return Task.CompletedTask;
            },
        };
        var response = rp.Callback(await login.RunAsync(browser, rp.AuthorizeUrl(idpHint: "mebuku")));
        var token = await rp.ValidateIdTokenAsync((await rp.RedeemAsync(response["code"])).GetProperty("id_token").GetString()!);
        return (steps, token.Subject);
    }
}
