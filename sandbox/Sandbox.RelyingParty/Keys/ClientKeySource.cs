namespace Sandbox.RelyingParty.Keys;

/// <summary>
/// Reads the RP's private JWK: the JSON given in the options, else the given file, else the demo key in the
/// repository's <c>sandbox/keys</c> (found by walking up to the folder holding Federation.sln), else the copy the
/// build places next to the binaries.
/// </summary>
internal static class ClientKeySource
{
    public const string DemoKeyFile = "demo-rp-osaka-kosodate.private.jwk";

    public static ClientSigningKey Load(DemoRelyingPartyOptions options)
    {
        if (options.PrivateKeyJwk is not null)
        {
            return ClientSigningKey.Load(options.PrivateKeyJwk, nameof(options.PrivateKeyJwk));
        }
        if (options.PrivateKeyPath is not null)
        {
            return File.Exists(options.PrivateKeyPath)
                ? ClientSigningKey.Load(File.ReadAllText(options.PrivateKeyPath), nameof(options.PrivateKeyPath))
                : throw new InvalidOperationException($"{nameof(options.PrivateKeyPath)} '{options.PrivateKeyPath}' does not exist.");
        }
        var demo = LocateDemoKey() ?? throw new InvalidOperationException(
            $"The demo key {DemoKeyFile} was not found; set {nameof(options.PrivateKeyPath)} or {nameof(options.PrivateKeyJwk)}.");
        return ClientSigningKey.Load(File.ReadAllText(demo), DemoKeyFile);
    }

    private static string? LocateDemoKey()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "sandbox", "keys", DemoKeyFile);
            if (File.Exists(Path.Combine(dir.FullName, "Federation.sln")) && File.Exists(candidate))
            {
                return candidate;
            }
        }
        var copy = Path.Combine(AppContext.BaseDirectory, "sandbox-keys", DemoKeyFile);
        return File.Exists(copy) ? copy : null;
    }
}
