using Sandbox.Providers.Hosting;

namespace Sandbox.Providers.Tests.Hosting;

public sealed class SandboxHostingTests
{
    [Fact]
    public void ResolveBaseUrl_FixedPort_KeepsConfiguredHostAndPort()
    {
        Assert.Equal("http://localhost:5081",
            SandboxHosting.ResolveBaseUrl("http://localhost:5081", null, ["http://127.0.0.1:5081", "http://[::1]:5081"]));
    }

    [Fact]
    public void ResolveBaseUrl_PortZero_ReportsBoundPort()
    {
        Assert.Equal("http://127.0.0.1:43117", SandboxHosting.ResolveBaseUrl("http://127.0.0.1:0", null, ["http://127.0.0.1:43117"]));
    }

    [Fact]
    public void ResolveBaseUrl_PublicBaseUrl_WinsOverBinding()
    {
        Assert.Equal("https://mebuku.example", SandboxHosting.ResolveBaseUrl("http://127.0.0.1:0", "https://mebuku.example/", ["http://127.0.0.1:43117"]));
    }

    [Theory]
    [InlineData("localhost:5081")]
    [InlineData("ftp://localhost:5081")]
    [InlineData(null)]
    public void RequireHttpUrl_NotAnAbsoluteHttpUrl_FailsAtStart(string? url)
    {
        var error = Assert.Throws<InvalidOperationException>(() => SandboxHosting.RequireHttpUrl(url, "Url"));

        Assert.StartsWith("Url must be", error.Message, StringComparison.Ordinal);
    }
}
