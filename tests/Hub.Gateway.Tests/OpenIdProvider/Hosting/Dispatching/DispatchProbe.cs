using System.Collections.Concurrent;
using Hub.Gateway.OpenIdProvider.Hosting.Dispatching;
using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Server;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Hub.Gateway.Tests.OpenIdProvider.Hosting.Dispatching;

/// <summary>An event of the tests' own, with the switches the probe filters read.</summary>
public sealed class ProbeContext() : BaseValidatingContext(new OpenIddictServerTransaction())
{
    public bool Allow { get; set; } = true;

    public List<string> Ran { get; } = [];
}

/// <summary>Another event type: its handlers must never run for a <see cref="ProbeContext"/>.</summary>
public sealed class OtherProbeContext() : BaseValidatingContext(new OpenIddictServerTransaction());

/// <summary>Active when the context allows it: a filter that depends on the context, evaluated at every dispatch.</summary>
public sealed class AllowFilter : IOpenIddictServerHandlerFilter<ProbeContext>
{
    public ValueTask<bool> IsActiveAsync(ProbeContext context) => ValueTask.FromResult(context.Allow);
}

/// <summary>The same answer, given only after a real suspension.</summary>
public sealed class SlowAllowFilter : IOpenIddictServerHandlerFilter<ProbeContext>
{
    public async ValueTask<bool> IsActiveAsync(ProbeContext context)
    {
        await Task.Yield();
        return context.Allow;
    }
}

/// <summary>A filter written for every event (contravariant), always active.</summary>
public sealed class AlwaysFilter : IOpenIddictServerHandlerFilter<BaseContext>
{
    public ValueTask<bool> IsActiveAsync(BaseContext context) => ValueTask.FromResult(true);
}

/// <summary>A handler resolved per request scope; it records which instance ran.</summary>
public sealed class ScopedProbeHandler : IOpenIddictServerHandler<ProbeContext>
{
    public static ConcurrentBag<ScopedProbeHandler> Seen { get; } = [];

    public ValueTask HandleAsync(ProbeContext context)
    {
        context.Ran.Add("scoped");
        Seen.Add(this);
        return ValueTask.CompletedTask;
    }
}

/// <summary>Builds a container with a given handler list and either dispatcher, as OpenIddict's would be used.</summary>
public static class DispatchProbe
{
    public const string OpenIddictKind = "openiddict";
    public const string HubKind = "hub";

    public static TheoryData<string> Dispatchers => new() { OpenIddictKind, HubKind };

    public static OpenIddictServerHandlerDescriptor Handler(string name, int order = 0, Action<ProbeContext>? then = null)
        => OpenIddictServerHandlerDescriptor.CreateBuilder<ProbeContext>()
            .UseInlineHandler(context =>
            {
                context.Ran.Add(name);
                then?.Invoke(context);
                return ValueTask.CompletedTask;
            })
            .SetOrder(order)
            .Build();

    public static OpenIddictServerHandlerDescriptor Filtered<TFilter>(string name)
        where TFilter : class, IOpenIddictServerHandlerFilter<ProbeContext>
        => OpenIddictServerHandlerDescriptor.CreateBuilder<ProbeContext>()
            .AddFilter<TFilter>()
            .UseInlineHandler(context =>
            {
                context.Ran.Add(name);
                return ValueTask.CompletedTask;
            })
            .Build();

    public static ServiceProvider Services(params OpenIddictServerHandlerDescriptor[] handlers)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.Configure<OpenIddictServerOptions>(options =>
        {
            options.Handlers.Clear();
            options.Handlers.AddRange(handlers);
        });
        services.AddSingleton<AllowFilter>();
        services.AddSingleton<SlowAllowFilter>();
        services.AddSingleton<AlwaysFilter>();
        services.AddScoped<ScopedProbeHandler>();
        services.AddSingleton(new ServiceLifetimes(services));
        services.AddSingleton<ServerHandlerTable>();
        services.AddScoped<HubServerDispatcher>();
        services.AddScoped<OpenIddictServerDispatcher>();
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }

    public static IOpenIddictServerDispatcher Dispatcher(IServiceProvider scope, string kind) => kind switch
    {
        OpenIddictKind => scope.GetRequiredService<OpenIddictServerDispatcher>(),
        HubKind => scope.GetRequiredService<HubServerDispatcher>(),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
