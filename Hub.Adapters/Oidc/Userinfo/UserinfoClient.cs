using System.Net.Http.Headers;
using System.Text.Json;
using Hub.Adapters.Abstractions;
using Hub.Adapters.Oidc.Http;
using Hub.TrustList.Common;

namespace Hub.Adapters.Oidc.Userinfo;

/// <summary>
/// GET userinfo with the access token, through the provider's resilience pipeline (a GET, so retried). Only a plain
/// JSON response is supported; a signed or encrypted userinfo JWT is refused with its own code.
/// </summary>
internal sealed class UserinfoClient(IHttpClientFactory httpClientFactory)
{
    public async Task<Result<JsonElement, AdapterError>> GetAsync(
        string providerId, Uri endpoint, string accessToken, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, endpoint);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        OidcHttp.Tag(request, providerId);
        var client = httpClientFactory.CreateClient(OidcHttp.ClientName);
        try
        {
            using var response = await client.SendAsync(request, cancellationToken).ConfigureAwait(false);
            if (OidcResiliencePipeline.IsProviderFailure(response.StatusCode))
            {
                return OidcErrors.Unavailable($"Userinfo failed (HTTP {(int)response.StatusCode}).");
            }
            if (!response.IsSuccessStatusCode)
            {
                return OidcErrors.Rejected(OidcErrorCodes.UserinfoInvalid, $"Userinfo refused the access token (HTTP {(int)response.StatusCode}).");
            }
            if (response.Content.Headers.ContentType?.MediaType is not "application/json")
            {
                return OidcErrors.Rejected(OidcErrorCodes.UserinfoUnsupportedFormat,
                    "Only a JSON userinfo response is supported (signed or encrypted userinfo is not).");
            }
            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            return Parse(body);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested && e is not OutOfMemoryException)
        {
            // Timeouts, an open circuit and transport failures all mean the provider cannot be used now.
            return OidcErrors.Unavailable($"Userinfo failed ({e.GetType().Name}).");
        }
    }

    private static Result<JsonElement, AdapterError> Parse(byte[] body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.ValueKind == JsonValueKind.Object
                ? Result<JsonElement, AdapterError>.Ok(document.RootElement.Clone())
                : OidcErrors.Rejected(OidcErrorCodes.UserinfoInvalid, "The userinfo response is not a JSON object.");
        }
        catch (JsonException)
        {
            return OidcErrors.Rejected(OidcErrorCodes.UserinfoInvalid, "The userinfo response is not valid JSON.");
        }
    }
}
