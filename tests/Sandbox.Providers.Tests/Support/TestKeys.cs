using Sandbox.Providers.Keys;

namespace Sandbox.Providers.Tests.Support;

/// <summary>The repository's demo keys, read the way the providers find them.</summary>
internal static class TestKeys
{
    public static string Read(string fileName) => File.ReadAllText(Path.Combine(SandboxKeyFolder.Locate(null), fileName));
}
