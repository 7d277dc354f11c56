using System.Net;
using Hub.Gateway.OpenIdProvider.Authorization;
using Hub.Gateway.Tests.OpenIdProvider.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Hub.Gateway.Tests.OpenIdProvider.Authorization;

/// <summary>
/// The plain authorization request served without OpenIddict (docs/decisions/0011): answered with a code that the
/// token endpoint redeems, or with the interaction's redirect or refusal; every other request left to OpenIddict
/// before the interaction is asked anything.
/// </summary>
public sealed class DirectAuthorizationTests
{
    [Fact]
    public async Task TryRun_PlainRequest_RedirectsWithCodeStateAndIssAndTheCodeRedeems()
    {
        using var host = new OpenIdProviderHost();
        var client = host.CreateOidcClient();

        var answer = await RunAsync(host, client.AuthorizationParameters(new Dictionary<string, string?>
        {
            ["acr_values"] = "urn:jp:regional-id:loa:A", ["idp_hint"] = "mebuku", ["ui_locales"] = "en ja", ["max_age"] = "600",
        }));

        var request = Assert.Single(host.Interaction.Requests);
        Assert.Equal("mebuku", request.IdpHint);
        Assert.Equal(["en", "ja"], request.UiLocales);
        Assert.Equal(TimeSpan.FromMinutes(10), request.MaxAge);
        Assert.Equal(client.Pkce.Challenge, request.Parameters["code_challenge"]);
        await DirectAnswers.AssertCodeRedeemsAsync(client, answer, "urn:jp:regional-id:loa:A");
    }

    public static TheoryData<string, string?> NotPlain => new()
    {
        { "response_mode", "form_post" },
        { "response_mode", "fragment" },
        { "response_type", "code id_token" },
        { "prompt", "login" },
        { "request", "eyJhbGciOiJub25lIn0.e30." },
        { "id_token_hint", "x" },
        { "x-client-SKU", "ID_NET9_0" },
        { "nonce", "" },
        { "code_challenge", "too-short-for-s256-xxxxxxxxxxxxxxxxxxxxxxx" },
        { "code_challenge", "has+padding/chars=xxxxxxxxxxxxxxxxxxxxxxxxx" },
        { "code_challenge_method", "plain" },
        { "code_challenge_method", null },
        { "client_id", "unknown-service" },
        { "client_id", TestTrustList.SuspendedService },
        { "redirect_uri", "https://rp.example/callback#fragment" },
        { "redirect_uri", "https://rp.example/callback/other" },
        { "scope", "profile email" },
        { "scope", "openid unregistered-scope" },
        { "claims", "{not json" },
        { "max_age", "-1" },
        { "claims", """{"id_token":{"acr":{"essential":true,"values":["urn:jp:regional-id:loa:unknown"]}}}""" },
    };

    [Theory]
    [MemberData(nameof(NotPlain))]
    public async Task TryRun_NotPlain_LeftToOpenIddictWithoutAskingTheInteraction(string name, string? value)
    {
        using var host = new OpenIdProviderHost();
        var client = host.CreateOidcClient();

        var (status, _) = await RunAsync(host, client.AuthorizationParameters(new Dictionary<string, string?> { [name] = value }));

        Assert.Null(status);
        Assert.Empty(host.Interaction.Requests);
    }

    [Fact]
    public async Task TryRun_RepeatedParameter_LeftToOpenIddict()
    {
        using var host = new OpenIdProviderHost();
        var client = host.CreateOidcClient();
        var query = QueryHelpers.AddQueryString(QueryHelpers.AddQueryString("", client.AuthorizationParameters()), "state", "second");

        var (status, _) = await RunAsync(host, new QueryString(query), HttpMethods.Get);

        Assert.Null(status);
        Assert.Empty(host.Interaction.Requests);
    }

    [Fact]
    public async Task TryRun_Post_LeftToOpenIddict()
    {
        using var host = new OpenIdProviderHost();
        var client = host.CreateOidcClient();

        var (status, _) = await RunAsync(host, QueryString.Create(client.AuthorizationParameters()), HttpMethods.Post);

        Assert.Null(status);
        Assert.Empty(host.Interaction.Requests);
    }

    [Fact]
    public async Task TryRun_InteractionRejects_ErrorAtTheRedirectUriWithStateAndIss()
    {
        using var host = new OpenIdProviderHost();
        host.Interaction.RejectWith = "access_denied";
        var client = host.CreateOidcClient();

        var (_, location) = await RunAsync(host, client.AuthorizationParameters());

        Assert.StartsWith(TestTrustList.RedirectUri + "?", location, StringComparison.Ordinal);
        var query = QueryHelpers.ParseQuery(new Uri(location!).Query);
        Assert.Equal("access_denied", query["error"]);
        Assert.Equal(client.State, query["state"]);
        Assert.Equal(OpenIdProviderHost.Issuer, query["iss"]);
        Assert.False(query.ContainsKey("code"));
    }

    [Fact]
    public async Task TryRun_InteractionContinues_ItsRedirectIsTheAnswer()
    {
        using var host = new OpenIdProviderHost();
        host.Interaction.Deferred = true;
        var client = host.CreateOidcClient();

        var (status, location) = await RunAsync(host, client.AuthorizationParameters());

        Assert.Equal(StatusCodes.Status302Found, status);
        Assert.StartsWith("/connect/authorize/complete?flow=", location, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Authorize_OverHttp_PlainRequestAnsweredWithoutOpenIddictAndTheRestByIt()
    {
        using var baseHost = new OpenIdProviderHost();
        // An OpenIddict handler that refuses every authorization request: only requests that reach OpenIddict see it.
        using var host = baseHost.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.AddOpenIddict().AddServer(server => server.AddEventHandler<ValidateAuthorizationRequestContext>(handler =>
                handler.UseInlineHandler(context =>
                {
                    context.Reject("access_denied", "reached OpenIddict");
                    return default;
                })))));
        var http = host.CreateClient(new() { AllowAutoRedirect = false, BaseAddress = new Uri(OpenIdProviderHost.Issuer) });
        var client = new OidcTestClient(http, baseHost, TestTrustList.OsakaService);

        var plain = OidcTestClient.RedirectParameters(await client.AuthorizeAsync());
        var withPrompt = OidcTestClient.RedirectParameters(await client.AuthorizeAsync(new Dictionary<string, string?> { ["prompt"] = "consent" }));

        Assert.True(plain.ContainsKey("code"), plain.GetValueOrDefault("error_description"));
        Assert.Equal("access_denied", withPrompt["error"]);
        Assert.Equal("reached OpenIddict", withPrompt["error_description"]);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync(".well-known/openid-configuration")).StatusCode);
    }

    private static Task<(int? Status, string? Location)> RunAsync(OpenIdProviderHost host, Dictionary<string, string?> parameters)
        => RunAsync(host, QueryString.Create(parameters), HttpMethods.Get);

    private static async Task<(int? Status, string? Location)> RunAsync(OpenIdProviderHost host, QueryString query, string method)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var context = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        context.Request.Method = method;
        context.Request.Path = "/connect/authorize";
        context.Request.QueryString = query;
        return await DirectAnswers.ExecuteAsync(await scope.ServiceProvider.GetRequiredService<DirectAuthorization>().TryRunAsync(context), context);
    }
}
