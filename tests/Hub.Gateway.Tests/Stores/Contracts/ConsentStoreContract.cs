using Hub.Gateway.Stores.Abstractions;
using Hub.Gateway.Stores.Chaining;

namespace Hub.Gateway.Tests.Stores.Contracts;

/// <summary>The behaviour every <see cref="IConsentStore"/> must have; run against each implementation.</summary>
public abstract class ConsentStoreContract
{
    private const string Subject = "person-key-1";
    private const string Client = "osaka-kosodate";
    private const string Pairwise = "pairwise-sub-of-person-1";
    private static readonly Dictionary<string, string> Purposes = new() { ["name"] = "p-2026-04", ["birthdate"] = "p-2026-04" };

    protected abstract IConsentStore Store { get; }

    protected abstract IConsentStore Peer { get; }

    protected static ConsentDecision Grant(string client = Client, params string[] claims) =>
        new(Subject, PairwiseOf(client), client, ConsentAction.Granted, claims.Length == 0 ? ["name", "birthdate"] : claims, Purposes);

    private static string PairwiseOf(string client) => client == Client ? Pairwise : Pairwise + "@" + client;

    [Fact]
    public async Task RecordDecisionAsync_Granted_StoresTheGrantLinkedToItsRecord()
    {
        var record = await Store.RecordDecisionAsync(Grant());

        var grant = await Peer.GetAsync(Subject, Client);

        Assert.NotNull(grant);
        Assert.Equal(["birthdate", "name"], grant.Claims);
        Assert.Equal("p-2026-04", grant.PurposeVersions["name"]);
        Assert.Equal(record.Id, grant.RecordId);
        Assert.Equal(record.RecordedAt, grant.GrantedAt);
    }

    [Fact]
    public async Task RecordDecisionAsync_FirstRecord_ChainsFromGenesis()
    {
        var record = await Store.RecordDecisionAsync(Grant());

        Assert.Equal(1, record.Sequence);
        Assert.Equal(ChainHead.GenesisHash, record.PreviousHash);
        Assert.Equal(64, record.Hash.Length);
    }

    [Fact]
    public async Task RecordDecisionAsync_DuplicateAndUnorderedClaims_RecordsASortedSet()
    {
        var record = await Store.RecordDecisionAsync(Grant(Client, "name", "address", "name"));

        Assert.Equal(["address", "name"], record.Claims);
    }

    [Fact]
    public async Task RecordDecisionAsync_GrantedAgain_ReplacesTheGrantAndChainsTheRecords()
    {
        var first = await Store.RecordDecisionAsync(Grant());
        var second = await Peer.RecordDecisionAsync(Grant(Client, "name", "birthdate", "address"));

        Assert.Equal((2L, first.Hash), (second.Sequence, second.PreviousHash));
        var grant = await Store.GetAsync(Subject, Client);
        Assert.Equal(["address", "birthdate", "name"], grant!.Claims);
        Assert.Equal(second.Id, grant.RecordId);
        Assert.True((await Store.VerifyRecordsAsync(Subject)).IsIntact);
    }

    [Fact]
    public async Task RecordDecisionAsync_Denied_IsRecordedWithoutGrantingAnything()
    {
        var record = await Store.RecordDecisionAsync(Grant() with { Action = ConsentAction.Denied });

        Assert.Equal(ConsentAction.Denied, record.Action);
        Assert.Null(await Store.GetAsync(Subject, Client));
        Assert.Single(await Peer.ReadRecordsAsync(Subject));
    }

    [Fact]
    public async Task RevokeAsync_StandingConsent_RemovesItAndRecordsWhatWasGranted()
    {
        var granted = await Store.RecordDecisionAsync(Grant());

        var revoked = await Peer.RevokeAsync(Subject, Client);

        Assert.NotNull(revoked);
        Assert.Equal(ConsentAction.Revoked, revoked.Action);
        Assert.Equal(granted.Claims, revoked.Claims);
        Assert.Equal(granted.Hash, revoked.PreviousHash);
        Assert.Null(await Store.GetAsync(Subject, Client));
        Assert.Equal([ConsentAction.Granted, ConsentAction.Revoked], (await Store.ReadRecordsAsync(Subject)).Select(r => r.Action));
    }

    [Fact]
    public async Task RecordDecisionAsync_AnyDecision_RecordNamesTheClientsPairwiseSubjectAndIsFoundUnderThePerson()
    {
        await Store.RecordDecisionAsync(Grant());
        await Store.RecordDecisionAsync(Grant("maebashi-library") with { Action = ConsentAction.Denied });

        var records = await Peer.ReadRecordsAsync(Subject);

        Assert.Equal([Pairwise, Pairwise + "@maebashi-library"], records.Select(r => r.Subject));
        Assert.Equal(Pairwise, (await Peer.GetAsync(Subject, Client))!.Subject);
        Assert.Empty(await Peer.ReadRecordsAsync(Pairwise));
        Assert.Null(await Peer.GetAsync(Pairwise, Client));
    }

    [Fact]
    public async Task RecordDecisionAsync_GrantedWithDeclinedOptionalClaims_TheGrantRemembersBoth()
    {
        var record = await Store.RecordDecisionAsync(Grant(Client, "name") with { Declined = ["birthdate", "address", "name"] });

        var grant = await Peer.GetAsync(Subject, Client);

        Assert.Equal(["name"], record.Claims);
        Assert.Equal(["address", "birthdate"], record.Declined);
        Assert.Equal(["name"], grant!.Claims);
        Assert.Equal(["address", "birthdate"], grant.Declined);
        Assert.Equal(["address", "birthdate"], (await Peer.ReadRecordsAsync(Subject)).Single().Declined);
        Assert.True((await Peer.VerifyRecordsAsync(Subject)).IsIntact);
    }

    [Fact]
    public async Task RevokeAsync_GrantWithDeclinedClaims_ForgetsTheWholeDecisionUnderThePairwiseSubject()
    {
        await Store.RecordDecisionAsync(Grant(Client, "name") with { Declined = ["birthdate"] });

        var revoked = await Peer.RevokeAsync(Subject, Client);

        Assert.Equal(Pairwise, revoked!.Subject);
        Assert.Equal(["name"], revoked.Claims);
        Assert.Equal(["birthdate"], revoked.Declined);
        Assert.Null(await Store.GetAsync(Subject, Client));
        Assert.True((await Store.VerifyRecordsAsync(Subject)).IsIntact);
    }

    [Fact]
    public async Task RevokeAsync_NoConsent_ReturnsNullAndRecordsNothing()
    {
        Assert.Null(await Store.RevokeAsync(Subject, Client));
        Assert.Empty(await Store.ReadRecordsAsync(Subject));
    }

    [Fact]
    public async Task ListAsync_SeveralClients_ReturnsOnlyThatPersonsConsentsOrderedByClient()
    {
        await Store.RecordDecisionAsync(Grant("osaka-kosodate"));
        await Store.RecordDecisionAsync(Grant("maebashi-library"));
        await Store.RecordDecisionAsync(Grant() with { Person = "someone-else" });

        var grants = await Peer.ListAsync(Subject);

        Assert.Equal(["maebashi-library", "osaka-kosodate"], grants.Select(g => g.ClientId));
        Assert.Empty(await Peer.ListAsync("nobody"));
    }

    [Fact]
    public async Task ReadRecordsAsync_SeveralDecisions_ReturnsThemOldestFirst()
    {
        await Store.RecordDecisionAsync(Grant("a"));
        await Store.RecordDecisionAsync(Grant("b"));
        await Store.RevokeAsync(Subject, "a");

        var records = await Peer.ReadRecordsAsync(Subject);

        Assert.Equal([1L, 2L, 3L], records.Select(r => r.Sequence));
        Assert.Equal(["a", "b", "a"], records.Select(r => r.ClientId));
        Assert.True(ConsentChain.Verify(records).IsIntact);
    }

    [Fact]
    public async Task VerifyRecordsAsync_UnknownPerson_IsIntact()
    {
        Assert.True((await Store.VerifyRecordsAsync("nobody")).IsIntact);
    }

    [Fact]
    public async Task RecordDecisionAsync_FiftyConcurrentOnTwoInstances_KeepsEveryRecordInOneIntactChain()
    {
        var records = await Task.WhenAll(Enumerable.Range(0, 50).Select(i =>
            Task.Run(() => (i % 2 == 0 ? Store : Peer).RecordDecisionAsync(Grant($"client-{i:D2}")))));

        Assert.Equal(Enumerable.Range(1, 50).Select(i => (long)i), records.Select(r => r.Sequence).Order());
        var stored = await Store.ReadRecordsAsync(Subject);
        Assert.Equal(50, stored.Count);
        Assert.True((await Peer.VerifyRecordsAsync(Subject)).IsIntact);
        Assert.Equal(50, (await Store.ListAsync(Subject)).Count);
    }
}
