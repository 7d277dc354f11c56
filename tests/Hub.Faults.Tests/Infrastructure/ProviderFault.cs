namespace Hub.Faults.Tests.Infrastructure;

/// <summary>What <see cref="FaultProxy"/> does to the hub's back-channel calls to the provider behind it.</summary>
public enum ProviderFault
{
    /// <summary>Pass every request through.</summary>
    None,

    /// <summary>Hold each request for <see cref="FaultProxy.Delay"/> before passing it on (a slow provider).</summary>
    Slow,

    /// <summary>Answer 503 (a failing provider).</summary>
    Failing,

    /// <summary>Drop the connection without an answer (a provider that is down).</summary>
    Down,
}
