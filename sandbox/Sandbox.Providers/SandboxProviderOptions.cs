using Hub.TrustList.Common;
using Microsoft.Extensions.Logging;

namespace Sandbox.Providers;

/// <summary>What every sandbox provider needs to start. Unset members take the demo defaults.</summary>
public abstract class SandboxProviderOptions
{
    /// <summary>
    /// The URL to listen on, e.g. <c>http://localhost:5081</c>, or <c>http://127.0.0.1:0</c> for a free port (tests).
    /// Null: the provider's demo default.
    /// </summary>
    public string? Url { get; set; }

    /// <summary>
    /// The public base URL that the provider names itself by (OIDC issuer, SAML entity ID prefix). Null: <see cref="Url"/>,
    /// or, with port 0, the address actually bound.
    /// </summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>The folder holding the demo keys. Null: the repository's <c>sandbox/keys</c>, found from the binaries.</summary>
    public string? KeysDirectory { get; set; }

    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    public ISecureRandom Random { get; set; } = SystemSecureRandom.Instance;

    /// <summary>Deliberate misbehaviour for the conformance suite's self-tests. Default: none.</summary>
    public SandboxFaults Faults { get; set; } = SandboxFaults.None;

    /// <summary>Logging for the provider's own host (none by default, so tests stay quiet).</summary>
    public Action<ILoggingBuilder>? ConfigureLogging { get; set; }
}
