using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Server;
using static Hub.Gateway.Tests.OpenIdProvider.Hosting.Dispatching.DispatchProbe;

namespace Hub.Gateway.Tests.OpenIdProvider.Hosting.Dispatching;

/// <summary>
/// The hub's dispatcher against OpenIddict's own, on the same handler lists: every test runs on both, so each asserted
/// behaviour is OpenIddict's and ours alike.
/// </summary>
public sealed class HubServerDispatcherTests
{
    [Theory]
    [MemberData(nameof(Dispatchers), MemberType = typeof(DispatchProbe))]
    public async Task DispatchAsync_HandlersOfSeveralEvents_RunsThisEventsInListOrder(string kind)
    {
        var other = OpenIddictServerHandlerDescriptor.CreateBuilder<OtherProbeContext>()
            .UseInlineHandler(_ => throw new InvalidOperationException("another event's handler ran"))
            .Build();
        // List order, not the Order numbers: OpenIddict sorts the list once when the options are built.
        using var services = Services(Handler("c", order: 30), other, Handler("a", order: 10), Handler("b", order: 20));
        using var scope = services.CreateScope();
        var context = new ProbeContext();

        await Dispatcher(scope.ServiceProvider, kind).DispatchAsync(context);
        await Dispatcher(scope.ServiceProvider, kind).DispatchAsync(context);

        Assert.Equal(["c", "a", "b", "c", "a", "b"], context.Ran);
    }

    [Theory]
    [MemberData(nameof(Dispatchers), MemberType = typeof(DispatchProbe))]
    public async Task DispatchAsync_FilterInactiveForThisContext_SkipsOnlyThatHandler(string kind)
    {
        using var services = Services(Handler("first"), Filtered<AllowFilter>("filtered"), Filtered<AlwaysFilter>("always"), Handler("last"));
        using var scope = services.CreateScope();
        var refused = new ProbeContext { Allow = false };
        var allowed = new ProbeContext { Allow = true };

        await Dispatcher(scope.ServiceProvider, kind).DispatchAsync(refused);
        await Dispatcher(scope.ServiceProvider, kind).DispatchAsync(allowed);

        Assert.Equal(["first", "always", "last"], refused.Ran);
        Assert.Equal(["first", "filtered", "always", "last"], allowed.Ran);
    }

    [Theory]
    [MemberData(nameof(Dispatchers), MemberType = typeof(DispatchProbe))]
    public async Task DispatchAsync_FilterCompletingAsynchronously_IsHonoured(string kind)
    {
        using var services = Services(Filtered<SlowAllowFilter>("slow"), Handler("last"));
        using var scope = services.CreateScope();
        var refused = new ProbeContext { Allow = false };
        var allowed = new ProbeContext { Allow = true };

        await Dispatcher(scope.ServiceProvider, kind).DispatchAsync(refused);
        await Dispatcher(scope.ServiceProvider, kind).DispatchAsync(allowed);

        Assert.Equal(["last"], refused.Ran);
        Assert.Equal(["slow", "last"], allowed.Ran);
    }

    public static TheoryData<string, string> StopRules()
    {
        var data = new TheoryData<string, string>();
        foreach (var kind in new[] { OpenIddictKind, HubKind })
        {
            foreach (var rule in new[] { "handled", "skipped", "rejected" })
            {
                data.Add(kind, rule);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(StopRules))]
    public async Task DispatchAsync_HandlerEndsTheRequest_LaterHandlersDoNotRun(string kind, string rule)
    {
        Action<ProbeContext> end = rule switch
        {
            "handled" => context => context.HandleRequest(),
            "skipped" => context => context.SkipRequest(),
            _ => context => context.Reject("invalid_request"),
        };
        using var services = Services(Handler("first"), Handler("ender", then: end), Handler("after"));
        using var scope = services.CreateScope();
        var context = new ProbeContext();

        await Dispatcher(scope.ServiceProvider, kind).DispatchAsync(context);

        Assert.Equal(["first", "ender"], context.Ran);
    }

    [Theory]
    [MemberData(nameof(Dispatchers), MemberType = typeof(DispatchProbe))]
    public async Task DispatchAsync_ScopedHandler_ResolvedFromTheRequestScope(string kind)
    {
        var scoped = OpenIddictServerHandlerDescriptor.CreateBuilder<ProbeContext>().UseScopedHandler<ScopedProbeHandler>().Build();
        using var services = Services(scoped);
        using var one = services.CreateScope();
        using var two = services.CreateScope();

        await Dispatcher(one.ServiceProvider, kind).DispatchAsync(new ProbeContext());
        await Dispatcher(one.ServiceProvider, kind).DispatchAsync(new ProbeContext());
        await Dispatcher(two.ServiceProvider, kind).DispatchAsync(new ProbeContext());

        var first = one.ServiceProvider.GetRequiredService<ScopedProbeHandler>();
        var second = two.ServiceProvider.GetRequiredService<ScopedProbeHandler>();
        Assert.NotSame(first, second);
        Assert.Equal(2, ScopedProbeHandler.Seen.Count(h => ReferenceEquals(h, first)));
        Assert.Equal(1, ScopedProbeHandler.Seen.Count(h => ReferenceEquals(h, second)));
    }

    [Theory]
    [MemberData(nameof(Dispatchers), MemberType = typeof(DispatchProbe))]
    public async Task DispatchAsync_HandlerThrows_SameExceptionAndLaterHandlersDoNotRun(string kind)
    {
        var failure = new InvalidDataException("probe");
        using var services = Services(Handler("first"), Handler("thrower", then: _ => throw failure), Handler("after"));
        using var scope = services.CreateScope();
        var context = new ProbeContext();

        var thrown = await Assert.ThrowsAsync<InvalidDataException>(() => Dispatcher(scope.ServiceProvider, kind).DispatchAsync(context).AsTask());

        Assert.Same(failure, thrown);
        Assert.Equal(["first", "thrower"], context.Ran);
    }

    [Theory]
    [MemberData(nameof(Dispatchers), MemberType = typeof(DispatchProbe))]
    public async Task DispatchAsync_FilterNotRegistered_ThrowsInvalidOperationBeforeItsHandler(string kind)
    {
        using var services = Services(Handler("first"), Filtered<UnregisteredFilter>("filtered"));
        using var scope = services.CreateScope();
        var context = new ProbeContext();

        await Assert.ThrowsAsync<InvalidOperationException>(() => Dispatcher(scope.ServiceProvider, kind).DispatchAsync(context).AsTask());

        Assert.Equal(["first"], context.Ran);
    }

    [Theory]
    [MemberData(nameof(Dispatchers), MemberType = typeof(DispatchProbe))]
    public async Task DispatchAsync_HandlerNotRegistered_ThrowsInvalidOperation(string kind)
    {
        var unregistered = OpenIddictServerHandlerDescriptor.CreateBuilder<ProbeContext>().UseSingletonHandler<UnregisteredHandler>().Build();
        using var services = Services(Handler("first"), unregistered);
        using var scope = services.CreateScope();
        var context = new ProbeContext();

        await Assert.ThrowsAsync<InvalidOperationException>(() => Dispatcher(scope.ServiceProvider, kind).DispatchAsync(context).AsTask());

        Assert.Equal(["first"], context.Ran);
    }

    [Theory]
    [MemberData(nameof(Dispatchers), MemberType = typeof(DispatchProbe))]
    public async Task DispatchAsync_NoHandlerForTheEvent_DoesNothing(string kind)
    {
        using var services = Services();
        using var scope = services.CreateScope();
        var context = new ProbeContext();

        await Dispatcher(scope.ServiceProvider, kind).DispatchAsync(context);

        Assert.Empty(context.Ran);
        Assert.False(context.IsRejected);
    }

    /// <summary>Cancellation is the handlers' business: the dispatcher itself does not check the token.</summary>
    [Theory]
    [MemberData(nameof(Dispatchers), MemberType = typeof(DispatchProbe))]
    public async Task DispatchAsync_CancelledToken_StillRunsTheHandlers(string kind)
    {
        using var services = Services(Handler("first"), Handler("second"));
        using var scope = services.CreateScope();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        var context = new ProbeContext { CancellationToken = cancelled.Token };

        await Dispatcher(scope.ServiceProvider, kind).DispatchAsync(context);

        Assert.Equal(["first", "second"], context.Ran);
    }

    private sealed class UnregisteredFilter : IOpenIddictServerHandlerFilter<ProbeContext>
    {
        public ValueTask<bool> IsActiveAsync(ProbeContext context) => ValueTask.FromResult(true);
    }

    private sealed class UnregisteredHandler : IOpenIddictServerHandler<ProbeContext>
    {
        public ValueTask HandleAsync(ProbeContext context) => ValueTask.CompletedTask;
    }
}
