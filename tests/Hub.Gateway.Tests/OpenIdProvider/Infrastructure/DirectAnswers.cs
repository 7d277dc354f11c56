using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Hub.Gateway.Tests.OpenIdProvider.Infrastructure;

/// <summary>For the direct paths (DirectAuthorization, DirectCompletion): their answer run on a bare request, and a code answer checked end to end.</summary>
public static class DirectAnswers
{
    /// <summary>Null status and location when the path left the request to OpenIddict (no answer).</summary>
    public static async Task<(int? Status, string? Location)> ExecuteAsync(IResult? answer, HttpContext context)
    {
        if (answer is null)
        {
            return (null, null);
        }
        await answer.ExecuteAsync(context);
        return (context.Response.StatusCode, context.Response.Headers.Location.ToString());
    }

    /// <summary>
    /// A 302 to the registered redirect_uri with state and iss (RFC 9207) and a code that the token endpoint redeems
    /// for an ID token carrying the client's nonce and <paramref name="acr"/>.
    /// </summary>
    public static async Task AssertCodeRedeemsAsync(OidcTestClient client, (int? Status, string? Location) answer, string acr)
    {
        Assert.Equal(StatusCodes.Status302Found, answer.Status);
        Assert.StartsWith(TestTrustList.RedirectUri + "?", answer.Location, StringComparison.Ordinal);
        var query = QueryHelpers.ParseQuery(new Uri(answer.Location!).Query);
        Assert.Equal(client.State, query["state"]);
        Assert.Equal(OpenIdProviderHost.Issuer, query["iss"]);
        var tokens = await client.RedeemSuccessfullyAsync(query["code"]!);
        var idToken = await client.ValidateIdTokenAsync(tokens.GetProperty("id_token").GetString()!);
        Assert.Equal(client.Nonce, idToken.GetPayloadValue<string>("nonce"));
        Assert.Equal(acr, idToken.GetPayloadValue<string>("acr"));
    }
}
