using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

namespace Hub.Gateway.Tests.Infrastructure;

/// <summary>A host environment of the given name (Production by default), for options validators that depend on it.</summary>
public sealed class TestHostEnvironment(string name = "Production") : IHostEnvironment
{
    public string EnvironmentName { get; set; } = name;

    public string ApplicationName { get; set; } = "Hub.Gateway";

    public string ContentRootPath { get; set; } = "/";

    public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
}
