using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using System.Text.Json;

namespace Hub.Bench.Load.Floor.Http;

/// <summary>
/// The child mode <c>bare-gateway &lt;provider token URL&gt;</c>: a minimal ASP.NET Core app (slim builder, no
/// logging, routing only) that answers the hub's three requests of an OIDC-brokered login with messages of the real
/// sizes (<see cref="BareMessages"/>) and makes the one back-channel call, with no protocol work: no validation, no
/// crypto, no store. Its CPU per login is what the HTTP exchanges alone cost. Prints <c>READY &lt;port&gt;</c> and runs
/// until its standard input closes.
/// </summary>
public static class BareGatewayPart
{
    public const string Command = "bare-gateway";
    public const string ReadyPrefix = "READY ";

    public static async Task<int> RunAsync(string[] args)
    {
        var providerToken = new Uri(args[0]);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        await using var app = builder.Build();
        using var backChannel = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(10) });

        app.MapGet("/authorize", (HttpContext context) =>
        {
            context.Response.Headers.SetCookie = BareMessages.BindingCookie;
            return Results.Redirect(BareMessages.ProviderAuthorize);
        });
        app.MapGet("/callback", async (HttpContext context) =>
        {
            if (string.IsNullOrEmpty(context.Request.Query["code"]) || string.IsNullOrEmpty(context.Request.Cookies["__Host-hub-flow"]))
            {
                return Results.BadRequest();
            }
            using var response = await backChannel.PostAsync(providerToken, new FormUrlEncodedContent(BareMessages.ProviderTokenRequest), context.RequestAborted);
            await using var body = await response.Content.ReadAsStreamAsync(context.RequestAborted);
            using var json = await JsonDocument.ParseAsync(body, cancellationToken: context.RequestAborted);
            if (!response.IsSuccessStatusCode || json.RootElement.GetProperty("id_token").GetString() is null)
            {
                return Results.StatusCode(StatusCodes.Status502BadGateway);
            }
            context.Response.Cookies.Delete("__Host-hub-flow");
            return Results.Redirect(BareMessages.RelyingPartyRedirect);
        });
        app.MapPost("/token", async (HttpContext context) =>
        {
            var form = await context.Request.ReadFormAsync(context.RequestAborted);
            if (string.IsNullOrEmpty(form["code"]) || string.IsNullOrEmpty(form["client_assertion"]))
            {
                return Results.BadRequest();
            }
            context.Response.Headers.CacheControl = "no-store";
            return Results.Bytes(BareMessages.TokenResponse, "application/json");
        });

        await app.StartAsync();
        var port = new Uri(app.Urls.First()).Port;
        await Console.Out.WriteLineAsync(ReadyPrefix + port);
        await Console.Out.FlushAsync();
        await Console.In.ReadToEndAsync();
        await app.StopAsync();
        return 0;
    }
}
