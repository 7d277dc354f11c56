using System.Net;
using System.Text;
using Hub.Faults.Tests.Infrastructure;
using Hub.Gateway.Tests.EndToEnd.Infrastructure;
using Hub.Gateway.Tests.Infrastructure;
using Hub.TrustList.Common;

namespace Hub.Faults.Tests;

/// <summary>
/// Malformed SAML (garbage base64, an XXE document, a huge body), bad client assertions (alg none, a forged
/// signature) and oversized bodies, sent by several clients while people log in: every bad request is refused with
/// a 4xx (never a 500), every good login completes, and the hub process's memory does not grow with the bad traffic.
/// </summary>
public sealed class BadInputTests
{
    private const long AllowedGrowthBytes = 128L * 1024 * 1024;

    [Fact]
    public async Task GoodLogins_AmidMalformedSamlBadJwtsAndOversizedBodies_AllCompleteAndMemoryStaysBounded()
    {
        await using var redis = await RedisServerProcess.StartAsync();
        await using var federation = await ProcessFederation.StartAsync(redis.ConnectionString, instances: 1);
        var hub = federation.Hubs[0];
        using var attacker = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };

        // Warm up both kinds of traffic, so that the baseline includes what a running hub has loaded anyway.
        await RunAsync(federation, attacker, logins: 7, badRounds: 2);
        var baseline = hub.ResidentBytes();

        var refused = await RunAsync(federation, attacker, logins: 14, badRounds: 5);
        await Task.Delay(TimeSpan.FromSeconds(2));
        var afterwards = hub.ResidentBytes();

        // A 4xx, or (for the ACS) a redirect to the hub's error page, counted as 400 above; never a 2xx or a 500.
        Assert.True(refused.All(s => (int)s.Status is >= 400 and < 500), "Statuses: " + string.Join(", ", refused.Distinct()) + "\n" + federation.Logs);
        Assert.True(afterwards - baseline < AllowedGrowthBytes, $"RSS grew from {baseline / 1048576} MiB to {afterwards / 1048576} MiB.");
        Assert.True(hub.IsRunning);
    }

    /// <summary>Runs <paramref name="logins"/> good logins (3 at a time) alongside the bad requests; returns the bad requests' statuses.</summary>
    private static async Task<List<(string Request, HttpStatusCode Status)>> RunAsync(ProcessFederation federation, HttpClient attacker, int logins, int badRounds)
    {
        var bad = Task.WhenAll(Enumerable.Range(0, 3).Select(_ => BadRoundsAsync(federation, attacker, badRounds)));
        using var concurrency = new SemaphoreSlim(3);
        var good = await Task.WhenAll(Enumerable.Range(0, logins).Select(async i =>
        {
            await concurrency.WaitAsync();
            try
            {
                return await LoginOutcome.RunAsync(federation, Resident.All[i % Resident.All.Count]);
            }
            finally
            {
                concurrency.Release();
            }
        }));
        foreach (var outcome in good)
        {
            Assert.True(outcome.Code is not null, $"A good login failed amid bad traffic:\n{outcome}");
            var tokens = await outcome.RelyingParty.RedeemAsync(outcome.Code!);
            await outcome.RelyingParty.ValidateIdTokenAsync(tokens.GetProperty("id_token").GetString()!);
        }
        return [.. (await bad).SelectMany(s => s)];
    }

    private static async Task<List<(string Request, HttpStatusCode Status)>> BadRoundsAsync(ProcessFederation federation, HttpClient client, int rounds)
    {
        var issuer = federation.Issuer;
        var statuses = new List<(string, HttpStatusCode)>();
        for (var round = 0; round < rounds; round++)
        {
            foreach (var (name, samlResponse) in BadSamlResponses())
            {
                statuses.Add((name, await PostInsteadOfMebukuAsync(federation, samlResponse)));
            }
            foreach (var (name, request) in BadRequests(issuer))
            {
                using (request)
                {
                    try
                    {
                        using var response = await client.SendAsync(request);
                        statuses.Add((name, response.StatusCode));
                    }
                    catch (HttpRequestException)
                    {
                        // Kestrel may close the connection on a body over its limit before reading it: a refusal too.
                        statuses.Add((name, HttpStatusCode.RequestEntityTooLarge));
                    }
                }
            }
        }
        return statuses;
    }

    private static IEnumerable<(string Name, string SamlResponse)> BadSamlResponses()
    {
        yield return ("saml-garbage-base64", "%%%not-base64%%%");
        yield return ("saml-not-xml", Convert.ToBase64String(Encoding.UTF8.GetBytes("not xml at all <<<")));
        yield return ("saml-xxe", Convert.ToBase64String(Encoding.UTF8.GetBytes(Xxe)));
        yield return ("saml-huge", Convert.ToBase64String(new byte[6 * 1024 * 1024]));
    }

    /// <summary>
    /// Begins a real Mebuku login and, where the browser would post Mebuku's answer to the hub, posts
    /// <paramref name="samlResponse"/> instead (with the real RelayState and flow cookie, so that the hub reads it).
    /// Returns the hub's answer to it: a redirect to its error page, or a 4xx.
    /// </summary>
    private static async Task<HttpStatusCode> PostInsteadOfMebukuAsync(ProcessFederation federation, string samlResponse)
    {
        using var browser = federation.CreateBrowser();
        var status = (HttpStatusCode)0;
        var login = Resident.All[0].Login(async (step, page) =>
        {
            if (step != "autopost")
            {
                return;
            }
            var form = page.Form("autopost")!;
            var fields = form.Fields(new Dictionary<string, string> { ["SAMLResponse"] = samlResponse });
            var answer = await browser.PostAsync(new Uri(page.Url, form.Action), fields);
            status = answer.IsRedirect && answer.Location!.AbsolutePath.StartsWith("/error/", StringComparison.Ordinal)
                ? HttpStatusCode.BadRequest
                : answer.Status is HttpStatusCode.SeeOther ? HttpStatusCode.OK : answer.Status;
        });
        // The genuine answer posted next either completes (the bad one was refused before it took the RelayState) or
        // is refused as a replay; either way a page of the hub or the RP's callback, never a server error.
        var end = await login.RunAsync(browser, federation.CreateRelyingParty().AuthorizeUrl());
        Assert.True((int)end.Status < 500, end.ToString());
        return status;
    }

    private static IEnumerable<(string Name, HttpRequestMessage Request)> BadRequests(Uri issuer)
    {
        var acs = new Uri(issuer, "saml/acs");
        var token = new Uri(issuer, "connect/token");
        yield return ("saml-unknown-relaystate", Form(acs, ("SAMLResponse", "%%%not-base64%%%"), ("RelayState", "x"), ("hub_resubmit", "1")));
        yield return ("saml-huge-no-flow", Form(acs, ("SAMLResponse", Convert.ToBase64String(new byte[6 * 1024 * 1024])), ("RelayState", "x")));
        yield return ("jwt-alg-none", Form(token, ClientAssertion(issuer, Unsigned(issuer))));
        yield return ("jwt-forged", Form(token, ClientAssertion(issuer, ForgedSignature(issuer))));
        yield return ("token-oversized", new HttpRequestMessage(HttpMethod.Post, token)
        {
            Content = new ByteArrayContent(new byte[3 * 1024 * 1024]) { Headers = { { "Content-Type", "application/x-www-form-urlencoded" } } },
        });
        yield return ("oidc-callback-garbage", new HttpRequestMessage(HttpMethod.Get, new Uri(issuer, "oidc/callback?state=" + new string('s', 200) + "&code=x")));
    }

    private const string Xxe = """
        <?xml version="1.0"?>
        <!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd"><!ENTITY a "aaaaaaaaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>
        <samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" ID="_x" Version="2.0" IssueInstant="2026-01-01T00:00:00Z">&x;&b;</samlp:Response>
        """;

    private static (string, string)[] ClientAssertion(Uri issuer, string assertion) =>
    [
        ("grant_type", "authorization_code"),
        ("code", "not-a-code"),
        ("redirect_uri", RelyingPartyClient.RedirectUri),
        ("code_verifier", new string('v', 43)),
        ("client_id", RelyingPartyClient.ClientId),
        ("client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer"),
        ("client_assertion", assertion),
    ];

    private static string Payload(Uri issuer)
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        return Encode($$"""{"iss":"{{RelyingPartyClient.ClientId}}","sub":"{{RelyingPartyClient.ClientId}}","aud":"{{issuer.AbsoluteUri}}","iat":{{now}},"exp":{{now + 60}},"jti":"{{Guid.NewGuid():N}}"}""");
    }

    private static string Unsigned(Uri issuer) => Encode("""{"alg":"none","typ":"JWT"}""") + "." + Payload(issuer) + ".";

    private static string ForgedSignature(Uri issuer)
        => Encode("""{"alg":"ES256","typ":"JWT"}""") + "." + Payload(issuer) + "." + Base64Url.Encode(new byte[64]);

    private static string Encode(string json) => Base64Url.Encode(Encoding.UTF8.GetBytes(json));

    private static HttpRequestMessage Form(Uri url, params (string Name, string Value)[] fields)
        => new(HttpMethod.Post, url) { Content = new FormUrlEncodedContent(fields.Select(f => KeyValuePair.Create(f.Name, f.Value))) };
}
