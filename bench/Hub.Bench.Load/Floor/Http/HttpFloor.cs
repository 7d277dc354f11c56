using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using System.Diagnostics;
using System.Net;
using Hub.Bench.Load.Processes;

namespace Hub.Bench.Load.Floor.Http;

/// <summary>
/// The HTTP part of the floor, which the crypto-and-Redis floor leaves out: the CPU a gateway process spends on the
/// three requests and the one back-channel call of an OIDC-brokered login when it does nothing else
/// (<see cref="BareGatewayPart"/>, a separate process measured from /proc). The provider's token endpoint runs in
/// this process, so its CPU is not counted.
/// </summary>
public static class HttpFloor
{
    private const int Concurrency = 16;

    public static async Task<double> MicrosecondsPerLoginAsync(HttpClient http, string root)
    {
        var providerBuilder = WebApplication.CreateSlimBuilder();
        providerBuilder.Logging.ClearProviders();
        providerBuilder.WebHost.UseUrls("http://127.0.0.1:0");
        await using var provider = providerBuilder.Build();
        provider.MapPost("/token", () => Results.Text(BareMessages.ProviderTokenResponse, "application/json"));
        await provider.StartAsync();

        var providerToken = new Uri(new Uri(provider.Urls.First()), "/token");
        var (gateway, port) = await ChildProcess.StartSelfAsync("bare gateway", [BareGatewayPart.Command, providerToken.AbsoluteUri], BareGatewayPart.ReadyPrefix, root);
        using (gateway)
        {
            var baseUrl = new Uri($"http://127.0.0.1:{port.Trim()}");
            await RunAsync(http, baseUrl, TimeSpan.FromSeconds(8));
            var ticks = gateway.CpuTicks();
            var logins = await RunAsync(http, baseUrl, TimeSpan.FromSeconds(10));
            ticks = gateway.CpuTicks() - ticks;
            return ticks * 1e6 / ProcStat.TicksPerSecond / logins;
        }
    }

    private static async Task<long> RunAsync(HttpClient http, Uri baseUrl, TimeSpan duration)
    {
        var end = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        long logins = 0;
        async Task Worker()
        {
            while (Stopwatch.GetTimestamp() < end)
            {
                await LoginAsync(http, baseUrl);
                Interlocked.Increment(ref logins);
            }
        }
        await Task.WhenAll(Enumerable.Range(0, Concurrency).Select(_ => Task.Run(Worker)));
        return logins;
    }

    private static async Task LoginAsync(HttpClient http, Uri baseUrl)
    {
        string cookie;
        using (var authorize = await http.GetAsync(new Uri(baseUrl, "/authorize" + BareMessages.AuthorizeQuery)))
        {
            Expect(authorize, HttpStatusCode.Redirect);
            cookie = authorize.Headers.GetValues("Set-Cookie").First().Split(';')[0];
        }
        using (var callback = new HttpRequestMessage(HttpMethod.Get, new Uri(baseUrl, "/callback" + BareMessages.CallbackQuery)))
        {
            callback.Headers.Add("Cookie", cookie);
            using var response = await http.SendAsync(callback);
            Expect(response, HttpStatusCode.Redirect);
        }
        using (var token = await http.PostAsync(new Uri(baseUrl, "/token"), new FormUrlEncodedContent(BareMessages.TokenRequest)))
        {
            Expect(token, HttpStatusCode.OK);
            await token.Content.ReadAsStringAsync();
        }
    }

    private static void Expect(HttpResponseMessage response, HttpStatusCode status)
    {
        if (response.StatusCode != status)
        {
            throw new InvalidOperationException($"The bare gateway answered {(int)response.StatusCode} at {response.RequestMessage?.RequestUri?.AbsolutePath}, not {(int)status}.");
        }
    }
}
