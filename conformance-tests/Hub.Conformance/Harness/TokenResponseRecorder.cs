using System.Text.Json;

namespace Hub.Conformance.Harness;

/// <summary>
/// A handler inside the hub's OIDC HttpClient that keeps the ID token of every token response for the current flow,
/// so that the suite can judge what the adapter accepted (e.g. the token's lifetime). It changes nothing.
/// </summary>
internal sealed class TokenResponseRecorder : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (request.Method == HttpMethod.Post && FlowContext.Current is { } flow
            && response.Content.Headers.ContentType?.MediaType == "application/json")
        {
            await response.Content.LoadIntoBufferAsync(cancellationToken).ConfigureAwait(false);
            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            if (IdToken(body) is { } idToken)
            {
                flow.AddIdToken(idToken);
            }
        }
        return response;
    }

    private static string? IdToken(byte[] body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("id_token", out var token) && token.ValueKind == JsonValueKind.String
                ? token.GetString()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
