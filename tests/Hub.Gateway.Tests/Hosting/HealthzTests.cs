using Microsoft.AspNetCore.Mvc.Testing;

namespace Hub.Gateway.Tests.Hosting;

public sealed class HealthzTests
{
    [Fact]
    public async Task GetHealthz_RunningHost_ReturnsOk()
    {
        await using var factory = new WebApplicationFactory<Program>();
        using var client = factory.CreateClient();

        var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ok", await response.Content.ReadAsStringAsync());
    }
}
