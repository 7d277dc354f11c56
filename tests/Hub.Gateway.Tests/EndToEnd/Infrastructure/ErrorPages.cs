using System.Net;

namespace Hub.Gateway.Tests.EndToEnd.Infrastructure;

public static class ErrorPages
{
    /// <summary>Asserts the hub's error page of <paramref name="kind"/> (its slug), with a correlation id and no redirect.</summary>
    public static void AssertShown(BrowserPage page, string kind, HttpStatusCode status)
    {
        Assert.False(page.IsRedirect, $"Expected the {kind} page, got a redirect:\n{page}");
        Assert.Equal(status, page.Status);
        Assert.Contains($"<p hidden id=\"error-kind\">{kind}</p>", page.Html, StringComparison.Ordinal);
        Assert.Matches("<code id=\"correlation-id\">[^<]+</code>", page.Html);
    }
}
