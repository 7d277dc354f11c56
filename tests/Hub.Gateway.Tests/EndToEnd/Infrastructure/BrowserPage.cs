using System.Net;

namespace Hub.Gateway.Tests.EndToEnd.Infrastructure;

/// <summary>One response as the browser saw it.</summary>
public sealed record BrowserPage(Uri Url, HttpStatusCode Status, string Html, Uri? Location)
{
    public bool IsRedirect => (int)Status is >= 300 and < 400 && Location is not null;

    public HtmlForm? Form(string id) => HtmlForm.Find(Html, id);

    public override string ToString() => $"{(int)Status} {Url} -> {Location}\n{(Html.Length > 3000 ? Html[..3000] : Html)}";
}
