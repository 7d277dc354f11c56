using Hub.Conformance.Harness;
using Hub.TrustList.Model;

namespace Hub.Conformance.Metadata;

/// <summary>Fetches the candidate's metadata (and, for OIDC, its JWK Set) over the suite's metadata client.</summary>
internal sealed class MetadataFetcher(IHttpClientFactory httpClientFactory)
{
    public async Task<MetadataEvidence> FetchAsync(Uri url, ProviderProtocol protocol, CancellationToken cancellationToken)
    {
        var (body, problem) = await GetAsync(url, cancellationToken).ConfigureAwait(false);
        if (body is null)
        {
            return new MetadataEvidence(url, problem);
        }
        if (protocol == ProviderProtocol.Saml2)
        {
            var (saml, samlProblem) = SamlMetadata.Parse(body);
            return new MetadataEvidence(url, samlProblem, Saml: saml);
        }
        var (oidc, oidcProblem) = OidcDiscovery.Parse(body);
        if (oidc is null)
        {
            return new MetadataEvidence(url, oidcProblem);
        }
        var (keysBody, keysFetchProblem) = await GetAsync(oidc.JwksUri, cancellationToken).ConfigureAwait(false);
        if (keysBody is null)
        {
            return new MetadataEvidence(url, null, Oidc: oidc, KeysProblem: keysFetchProblem);
        }
        var (keys, keysProblem) = ServedJwks.Parse(keysBody);
        return new MetadataEvidence(url, null, Oidc: oidc, ServedKeys: keys, KeysProblem: keysProblem);
    }

    private async Task<(string? Body, string? Problem)> GetAsync(Uri url, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await httpClientFactory.CreateClient(HubHarness.MetadataClient).GetAsync(url, cancellationToken).ConfigureAwait(false);
            if ((int)response.StatusCode != 200)
            {
                return (null, $"GET {url} answered HTTP {(int)response.StatusCode}");
            }
            return (await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false), null);
        }
        catch (Exception e) when (e is HttpRequestException or TimeoutException or TaskCanceledException or Polly.Timeout.TimeoutRejectedException
                                   && !cancellationToken.IsCancellationRequested)
        {
            return (null, $"GET {url} failed ({e.GetType().Name})");
        }
    }
}
