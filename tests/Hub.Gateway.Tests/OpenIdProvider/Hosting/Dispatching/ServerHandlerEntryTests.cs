using Hub.Gateway.OpenIdProvider.Hosting.Dispatching;
using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Server;

namespace Hub.Gateway.Tests.OpenIdProvider.Hosting.Dispatching;

/// <summary>What an entry keeps between events: singleton filters and handlers only, never a scoped one.</summary>
public sealed class ServerHandlerEntryTests
{
    private static readonly OpenIddictServerHandlerDescriptor Scoped = OpenIddictServerHandlerDescriptor.CreateBuilder<ProbeContext>()
        .AddFilter<AllowFilter>()
        .UseScopedHandler<ScopedProbeHandler>()
        .Build();

    [Fact]
    public void Handler_RegisteredScoped_ResolvedFromEachRequestScope()
    {
        var collection = new ServiceCollection();
        collection.AddScoped<ScopedProbeHandler>();
        using var services = collection.BuildServiceProvider();
        var entry = new ServerHandlerEntry<ProbeContext>(Scoped, new ServiceLifetimes(collection));
        using var one = services.CreateScope();
        using var two = services.CreateScope();

        Assert.Same(one.ServiceProvider.GetRequiredService<ScopedProbeHandler>(), entry.Handler(one.ServiceProvider));
        Assert.Same(two.ServiceProvider.GetRequiredService<ScopedProbeHandler>(), entry.Handler(two.ServiceProvider));
    }

    [Fact]
    public void HandlerAndFilter_RegisteredSingleton_KeptAfterTheFirstResolution()
    {
        var collection = new ServiceCollection();
        collection.AddScoped<ScopedProbeHandler>();
        collection.AddScoped<AllowFilter>();
        // The last registration wins, as for GetService.
        collection.AddSingleton<ScopedProbeHandler>();
        collection.AddSingleton<AllowFilter>();
        var entry = new ServerHandlerEntry<ProbeContext>(Scoped, new ServiceLifetimes(collection));
        using var first = collection.BuildServiceProvider();
        using var second = collection.BuildServiceProvider();

        var handler = entry.Handler(first);
        var filter = entry.Filter(0, first);

        Assert.Same(handler, entry.Handler(second));
        Assert.Same(filter, entry.Filter(0, second));
        Assert.NotSame(handler, second.GetRequiredService<ScopedProbeHandler>());
    }

    [Fact]
    public void Handler_WithoutLifetimes_AlwaysResolved()
    {
        var collection = new ServiceCollection();
        collection.AddSingleton<ScopedProbeHandler>();
        var entry = new ServerHandlerEntry<ProbeContext>(Scoped);
        using var first = collection.BuildServiceProvider();
        using var second = collection.BuildServiceProvider();

        Assert.Same(first.GetRequiredService<ScopedProbeHandler>(), entry.Handler(first));
        Assert.Same(second.GetRequiredService<ScopedProbeHandler>(), entry.Handler(second));
    }

    [Fact]
    public void Filter_NotRegistered_ThrowsAndKeepsNothing()
    {
        var collection = new ServiceCollection();
        collection.AddSingleton<ScopedProbeHandler>();
        var entry = new ServerHandlerEntry<ProbeContext>(Scoped, new ServiceLifetimes(collection));
        using var services = collection.BuildServiceProvider();

        var error = Assert.Throws<InvalidOperationException>(() => entry.Filter(0, services));

        Assert.Contains(nameof(AllowFilter), error.Message, StringComparison.Ordinal);
    }
}
