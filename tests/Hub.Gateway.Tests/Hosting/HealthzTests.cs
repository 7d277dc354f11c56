using Hub.Gateway.Tests.EndToEnd.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Hub.Gateway.Tests.Hosting;

public sealed class HealthzTests
{
    [Fact]
    public async Task GetHealthz_RunningHost_ReturnsOk()
    {
        await using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Development");
            foreach (var (key, value) in HubTestSettings.ForHost(new Uri("http://localhost/")))
            {
                builder.UseSetting(key, value);
            }
        });
        using var client = factory.CreateClient();

        var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ok", await response.Content.ReadAsStringAsync());
    }
}
