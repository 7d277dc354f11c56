using Hub.Gateway.Flow;
using Hub.Gateway.Stores.Abstractions;
using Hub.Gateway.Stores.InMemory;
using Hub.Gateway.Tests.EndToEnd.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Hub.Gateway.Tests.EndToEnd;

/// <summary>
/// A login whose consent is already given ends at the provider's callback: the hub completes the RP's saved request
/// in that same request (full validation, code issuance) instead of redirecting the browser to
/// <c>/connect/authorize/complete</c>. <c>prompt=consent</c> asks the person again.
/// </summary>
public sealed class InPlaceCompletionTests : IAsyncLifetime
{
    private TestFederation _federation = null!;
    private CountingFlowStateStore _flows = null!;

    public async Task InitializeAsync() => _federation = await TestFederation.StartAsync(services: services =>
    {
        services.RemoveAll<IFlowStateStore>();
        services.AddSingleton<IFlowStateStore>(provider =>
            _flows = new CountingFlowStateStore(new InMemoryFlowStateStore(provider.GetRequiredService<TimeProvider>())));
    });

    public async Task DisposeAsync() => await _federation.DisposeAsync();

    [Theory]
    [InlineData("aizu-plus", "yuki", "/oidc/callback")]
    [InlineData("mebuku", "taro", "/saml/acs")]
    public async Task Callback_ConsentAlreadyGiven_AnswersWithTheRpRedirectAndAWorkingCode(string provider, string user, string callbackPath)
    {
        await LoginAsync(provider, user);
        using var browser = _federation.CreateBrowser();
        var rp = _federation.CreateRelyingParty();
        var redirects = new List<Uri>();

        var end = await new FederationLogin
        {
            User = user, Password = user + "-demo",
            StopAt = url =>
            {
                redirects.Add(url);
                return RelyingPartyClient.IsCallback(url);
            },
        }.RunAsync(browser, rp.AuthorizeUrl(idpHint: provider));

        Assert.DoesNotContain(redirects, url => url.AbsolutePath.EndsWith("/connect/authorize/complete", StringComparison.Ordinal));
        Assert.EndsWith(callbackPath, end.Url.AbsolutePath, StringComparison.Ordinal);
        var response = rp.Callback(end);
        Assert.Equal(rp.State, response["state"]);
        Assert.Equal(_federation.Issuer.AbsoluteUri.TrimEnd('/'), response["iss"].TrimEnd('/'));
        var tokens = await rp.RedeemAsync(response["code"]);
        var idToken = await rp.ValidateIdTokenAsync(tokens.GetProperty("id_token").GetString()!);
        Assert.Equal(rp.Nonce, idToken.GetClaim("nonce").Value);
    }

    /// <summary>
    /// With a hint the flow is stored once, already at the provider (not created, read back and advanced), and the
    /// completion takes the flow the callback has just decided instead of reading it again, without storing it as
    /// decided first: one create, one read (the callback's) and the single-use delete of the version read.
    /// </summary>
    [Theory]
    [InlineData("aizu-plus", "yuki")]
    [InlineData("mebuku", "taro")]
    public async Task Login_HintAndConsentAlreadyGiven_FlowWrittenOnceAndReadOnce(string provider, string user)
    {
        await LoginAsync(provider, user);
        _flows.Reset();
        using var browser = _federation.CreateBrowser();
        var rp = _federation.CreateRelyingParty();

        var end = await new FederationLogin { User = user, Password = user + "-demo" }.RunAsync(browser, rp.AuthorizeUrl(idpHint: provider));

        Assert.True(rp.Callback(end).ContainsKey("code"), end.ToString());
        Assert.Equal(1, _flows.Count("create"));
        Assert.Equal(1, _flows.Count("get"));
        Assert.Equal(0, _flows.Count("update"));
        Assert.Equal(0, _flows.Count("delete"));
        Assert.Equal(1, _flows.Count("delete-version"));
    }

    [Fact]
    public async Task PromptConsent_ConsentAlreadyGiven_ConsentPageShownAgain()
    {
        await LoginAsync("aizu-plus", "yuki");
        using var browser = _federation.CreateBrowser();
        var rp = _federation.CreateRelyingParty();
        var steps = new List<string>();

        var end = await new FederationLogin
        {
            User = "yuki", Password = "yuki-demo",
            BeforeStep = (step, _) =>
            {
                steps.Add(step);
                return Task.CompletedTask;
            },
        }.RunAsync(browser, rp.AuthorizeUrl(idpHint: "aizu-plus", prompt: "login consent"));

        Assert.Contains("consent", steps);
        Assert.True(rp.Callback(end).ContainsKey("code"));
    }

    [Fact]
    public async Task Callback_ConsentAlreadyGiven_NoPromptConsent_NoConsentPage()
    {
        await LoginAsync("aizu-plus", "yuki");
        using var browser = _federation.CreateBrowser();
        var rp = _federation.CreateRelyingParty();
        var steps = new List<string>();

        await new FederationLogin
        {
            User = "yuki", Password = "yuki-demo",
            BeforeStep = (step, _) =>
            {
                steps.Add(step);
                return Task.CompletedTask;
            },
        }.RunAsync(browser, rp.AuthorizeUrl(idpHint: "aizu-plus"));

        Assert.DoesNotContain("consent", steps);
    }

    /// <summary>
    /// The flow decided at the callback is taken at the version the callback read: if the stored flow changed in
    /// between (another instance or tab advanced it), nothing is taken and no code is issued.
    /// </summary>
    [Fact]
    public async Task Callback_FlowChangedBeforeTheCompletionTakesIt_FlowExpiredPageAndNoCode()
    {
        await LoginAsync("aizu-plus", "yuki");
        _flows.BeforeVersionDelete = async (flowId, version) =>
        {
            var current = await _flows.GetAsync<FlowState>(flowId);
            Assert.Equal(UpdateOutcome.Updated, await _flows.TryUpdateAsync(flowId, version, current!.Value));
        };
        using var browser = _federation.CreateBrowser();
        var rp = _federation.CreateRelyingParty();

        var end = await new FederationLogin { User = "yuki", Password = "yuki-demo" }.RunAsync(browser, rp.AuthorizeUrl(idpHint: "aizu-plus"));

        ErrorPages.AssertShown(end, "flow-expired", System.Net.HttpStatusCode.BadRequest);
        Assert.Equal(1, _flows.Count("delete-version"));
    }

    [Fact]
    public async Task StoreIfNotTaken_DecidedFlowNotCompletedInTheRequest_StoredAsDecidedForTheRedirect()
    {
        var (finisher, repository, read, next, context) = await DecidedInCallbackAsync();

        Assert.True(await finisher.StoreIfNotTakenAsync(context, read.Value.FlowId, CancellationToken.None));

        var stored = await repository.GetAsync(read.Value.FlowId, CancellationToken.None);
        Assert.Equal((FlowStage.Completed, read.Version + 1), (stored!.Value.Stage, stored.Version));
        Assert.Equal("record-1", stored.Value.Outcome!.ConsentRecordId);
        Assert.Null(FinishedFlowHandover.Take(context, read.Value.FlowId));
    }

    [Fact]
    public async Task StoreIfNotTaken_FlowAlreadyTakenByItsCompletion_StoresNothing()
    {
        var (finisher, repository, read, next, context) = await DecidedInCallbackAsync();
        Assert.NotNull(FinishedFlowHandover.Take(context, read.Value.FlowId));
        Assert.True(await repository.TryDeleteAsync(read.Value.FlowId, read.Version, CancellationToken.None));

        Assert.True(await finisher.StoreIfNotTakenAsync(context, read.Value.FlowId, CancellationToken.None));

        Assert.Null(await repository.GetAsync(read.Value.FlowId, CancellationToken.None));
    }

    [Fact]
    public async Task StoreIfNotTaken_FlowChangedMeanwhile_FalseAndTheChangeKept()
    {
        var (finisher, repository, read, next, context) = await DecidedInCallbackAsync();
        Assert.True(await repository.TryAdvanceAsync(read, read.Value with { Stage = FlowStage.Consenting }, CancellationToken.None));

        Assert.False(await finisher.StoreIfNotTakenAsync(context, read.Value.FlowId, CancellationToken.None));

        Assert.Equal(FlowStage.Consenting, (await repository.GetAsync(read.Value.FlowId, CancellationToken.None))!.Value.Stage);
    }

    /// <summary>A flow stored at the provider stage, then decided as a callback decides it, and offered to its completion.</summary>
    private async Task<(FlowFinisher Finisher, FlowRepository Repository, Versioned<FlowState> Read, FlowNext Next, Microsoft.AspNetCore.Http.HttpContext Context)>
        DecidedInCallbackAsync()
    {
        var repository = _federation.Services.GetRequiredService<FlowRepository>();
        var finisher = _federation.Services.GetRequiredService<FlowFinisher>();
        var flow = new FlowState(
            Guid.NewGuid().ToString("N"), "osaka-kosodate", new Dictionary<string, string>(), Hub.TrustList.Model.LevelOfAssurance.B,
            [], [], null, [], FlowStage.AtProvider, DateTimeOffset.UtcNow);
        Assert.True(await repository.TryCreateAsync(flow, CancellationToken.None));
        var read = (await repository.GetAsync(flow.FlowId, CancellationToken.None))!;
        var next = finisher.FinishInCallback(read, new FlowOutcome(true, ["name"], "record-1"));
        var context = new Microsoft.AspNetCore.Http.DefaultHttpContext();
        FinishedFlowHandover.Offer(context, next.Completed!, next.UnstoredFrom);
        return (finisher, repository, read, next, context);
    }

    /// <summary>A first login that gives consent.</summary>
    private async Task LoginAsync(string provider, string user)
    {
        using var browser = _federation.CreateBrowser();
        var rp = _federation.CreateRelyingParty();
        var end = await new FederationLogin { User = user, Password = user + "-demo" }.RunAsync(browser, rp.AuthorizeUrl(idpHint: provider));
        Assert.True(rp.Callback(end).ContainsKey("code"), end.ToString());
    }
}
