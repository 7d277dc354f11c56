using Sandbox.Providers;
using Sandbox.Providers.Hosting;
using Sandbox.Providers.Mebuku;
using Sandbox.Providers.Oidc;

namespace Hub.Conformance.Tests.Support;

/// <summary>The three sandbox providers by candidate name, started on a free loopback port, optionally with a fault.</summary>
internal static class SandboxProvider
{
    public const string Mebuku = "mebuku";
    public const string Mydoor = "mydoor-osaka";
    public const string Aizu = "aizu-plus";

    /// <summary>The base URL each committed candidate file names (the sandbox's demo default).</summary>
    public static string DefaultBase(string name) => name switch
    {
        Mebuku => "http://localhost:5081",
        Mydoor => "http://localhost:5082",
        Aizu => "http://localhost:5083",
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    public static Task<SandboxProviderHost> StartAsync(string name, SandboxFaults faults = SandboxFaults.None) => name switch
    {
        Mebuku => SandboxProviders.StartMebukuAsync(new MebukuProviderOptions { Url = "http://127.0.0.1:0", Faults = faults }),
        Mydoor => SandboxProviders.StartMydoorAsync(new OidcSandboxProviderOptions { Url = "http://127.0.0.1:0", Faults = faults }),
        Aizu => SandboxProviders.StartAizuAsync(new OidcSandboxProviderOptions { Url = "http://127.0.0.1:0", Faults = faults }),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };
}
