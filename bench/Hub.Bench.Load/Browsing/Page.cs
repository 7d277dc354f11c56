using System.Net;

namespace Hub.Bench.Load.Browsing;

/// <summary>One response as the browser saw it: the URL asked for, the status, the body and the redirect target.</summary>
public sealed record Page(Uri Url, HttpStatusCode Status, string Body, Uri? Location)
{
    public bool IsRedirect => Location is not null && (int)Status is >= 300 and < 400;

    public override string ToString() => $"{(int)Status} {Url} -> {Location}\n{(Body.Length > 600 ? Body[..600] : Body)}";
}
