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
    private const long AllowedGrowthBytes = 96L * 1024 * 1024;

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

        var refused = await RunAsync(federation, attacker, logins: 21, badRounds: 10);
        await Task.Delay(TimeSpan.FromSeconds(2));
        var afterwards = hub.ResidentBytes();

        Assert.True(refused.All(s => (int)s is >= 400 and < 500), "Statuses: " + string.Join(", ", refused.Distinct()));
        Assert.True(afterwards - baseline < AllowedGrowthBytes, $"RSS grew from {baseline / 1048576} MiB to {afterwards / 1048576} MiB.");
        Assert.True(hub.IsRunning);
    }

    /// <summary>Runs <paramref name="logins"/> good logins (3 at a time) alongside the bad requests; returns the bad requests' statuses.</summary>
    private static async Task<List<HttpStatusCode>> RunAsync(ProcessFederation federation, HttpClient attacker, int logins, int badRounds)
    {
        var bad = Task.WhenAll(Enumerable.Range(0, 3).Select(_ => BadRoundsAsync(federation.Issuer, attacker, badRounds)));
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

    private static async Task<List<HttpStatusCode>> BadRoundsAsync(Uri issuer, HttpClient client, int rounds)
    {
        var statuses = new List<HttpStatusCode>();
        for (var round = 0; round < rounds; round++)
        {
            foreach (var request in BadRequests(issuer))
            {
                using (request)
                {
                    try
                    {
                        using var response = await client.SendAsync(request);
                        statuses.Add(response.StatusCode);
                    }
                    catch (HttpRequestException)
                    {
                        // Kestrel may close the connection on a body over its limit before reading it: a refusal too.
                        statuses.Add(HttpStatusCode.RequestEntityTooLarge);
                    }
                }
            }
        }
        return statuses;
    }

    private static IEnumerable<HttpRequestMessage> BadRequests(Uri issuer)
    {
        var acs = new Uri(issuer, "saml/acs");
        var token = new Uri(issuer, "connect/token");
        yield return Form(acs, ("SAMLResponse", "%%%not-base64%%%"), ("RelayState", "x"));
        yield return Form(acs, ("SAMLResponse", Convert.ToBase64String(Encoding.UTF8.GetBytes(Xxe))), ("RelayState", "x"));
        yield return Form(acs, ("SAMLResponse", Convert.ToBase64String(new byte[6 * 1024 * 1024])), ("RelayState", "x"));
        yield return Form(token, ClientAssertion(issuer, Unsigned(issuer)));
        yield return Form(token, ClientAssertion(issuer, ForgedSignature(issuer)));
        yield return new HttpRequestMessage(HttpMethod.Post, token)
        {
            Content = new ByteArrayContent(new byte[3 * 1024 * 1024]) { Headers = { { "Content-Type", "application/x-www-form-urlencoded" } } },
        };
        yield return new HttpRequestMessage(HttpMethod.Get, new Uri(issuer, "oidc/callback?state=" + new string('s', 200) + "&code=x"));
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
