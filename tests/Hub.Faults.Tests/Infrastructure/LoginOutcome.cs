using System.Net;
using System.Text.RegularExpressions;
using Hub.Gateway.Tests.EndToEnd.Infrastructure;

namespace Hub.Faults.Tests.Infrastructure;

/// <summary>Where one scripted login ended: back at the RP (with a code or an error), or on a page of the hub.</summary>
public sealed partial record LoginOutcome(BrowserPage End, RelyingPartyClient RelyingParty)
{
    public bool ReachedRelyingParty => End.IsRedirect && RelyingPartyClient.IsCallback(End.Location!);

    /// <summary>The code the RP received, if any.</summary>
    public string? Code => ReachedRelyingParty ? RelyingParty.Callback(End).GetValueOrDefault("code") : null;

    /// <summary>The hub error page's kind (its slug), if the login ended on one.</summary>
    public string? ErrorKind => ErrorKindPattern().Match(End.Html) is { Success: true } match ? match.Groups[1].Value : null;

    /// <summary>True when the person saw a clean error page of the hub: a known kind, a 4xx or 503, a correlation id.</summary>
    public bool IsCleanErrorPage => ErrorKind is not null
        && !End.IsRedirect
        && ((int)End.Status is >= 400 and < 500 || End.Status == HttpStatusCode.ServiceUnavailable)
        && End.Html.Contains("id=\"correlation-id\"", StringComparison.Ordinal);

    /// <summary>
    /// True when the person was told to start again from the service: the hub's flow-expired page (at
    /// /connect/authorize/complete too, for a flow that is gone, shown there in place by the OpenID provider).
    /// </summary>
    public bool IsStartAgainPage => IsCleanErrorPage && ErrorKind == "flow-expired";

    /// <summary>Runs <paramref name="resident"/>'s login from the RP's authorization request.</summary>
    public static async Task<LoginOutcome> RunAsync(
        ProcessFederation federation, Resident resident, Func<string, BrowserPage, Task>? beforeStep = null)
    {
        using var browser = federation.CreateBrowser();
        var rp = federation.CreateRelyingParty();
        var end = await resident.Login(beforeStep).RunAsync(browser, rp.AuthorizeUrl());
        return new LoginOutcome(end, rp);
    }

    public override string ToString() => End.ToString();

    [GeneratedRegex("<p hidden id=\"error-kind\">([^<]+)</p>")]
    private static partial Regex ErrorKindPattern();
}
