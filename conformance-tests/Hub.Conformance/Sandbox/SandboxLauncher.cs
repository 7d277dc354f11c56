using System.Text.Json.Nodes;
using Hub.Conformance.Candidates;
using Hub.TrustList.Common;
using Hub.TrustList.Conformance;
using Hub.TrustList.Model;
using Sandbox.Providers;
using Sandbox.Providers.Hosting;
using Sandbox.Providers.Mebuku;
using Sandbox.Providers.Oidc;

namespace Hub.Conformance.Sandbox;

/// <summary>
/// <c>--start-sandbox</c>: starts, in this process, the sandbox provider the candidate describes (by entry id), on the
/// address its entry names and registered with the candidate's hub settings, so anyone can run the suite on one machine.
/// </summary>
internal static class SandboxLauncher
{
    public static async Task<Result<SandboxProviderHost, ConformanceError>> StartAsync(Candidate candidate, CancellationToken cancellationToken)
    {
        var entry = candidate.Entry;
        try
        {
            return entry.Id switch
            {
                "mebuku" when entry.Saml2 is { } saml && candidate.Saml2 is { } sp => Ok(await SandboxProviders.StartMebukuAsync(new MebukuProviderOptions
                {
                    Url = saml.SingleSignOnServiceUrl.GetLeftPart(UriPartial.Authority),
                    EntityId = saml.EntityId,
                    SpEntityId = sp.SpEntityId,
                    AssertionConsumerServiceUrls = [sp.AcsUrl.AbsoluteUri],
                    SpCertificatePem = sp.SigningCertificatePem,
                }, cancellationToken).ConfigureAwait(false)),
                "mydoor-osaka" when entry.Oidc is { } oidc && candidate.Oidc is { } client
                    => Ok(await SandboxProviders.StartMydoorAsync(OidcOptions(oidc, client), cancellationToken).ConfigureAwait(false)),
                "aizu-plus" when entry.Oidc is { } oidc && candidate.Oidc is { } client
                    => Ok(await SandboxProviders.StartAizuAsync(OidcOptions(oidc, client), cancellationToken).ConfigureAwait(false)),
                _ => new ConformanceError("candidate.invalid", $"--start-sandbox starts mebuku, mydoor-osaka or aizu-plus; the candidate is '{entry.Id}'."),
            };
        }
        catch (Exception e) when (e is IOException or InvalidOperationException)
        {
            return new ConformanceError("sandbox.start", $"The sandbox provider '{entry.Id}' could not start: {e.Message}");
        }
    }

    private static OidcSandboxProviderOptions OidcOptions(OidcProviderMetadata oidc, OidcRegistration client) => new()
    {
        Url = new Uri(oidc.Issuer).GetLeftPart(UriPartial.Authority),
        ClientId = oidc.ClientId,
        RedirectUris = [client.RedirectUri.AbsoluteUri],
        ClientSecret = client.ClientSecret,
        ClientJwks = client.ClientPrivateJwk is { } jwk ? PublicJwks(jwk) : null,
    };

    /// <summary>The public half of the hub's client key, as the provider's registration of the hub.</summary>
    private static string PublicJwks(string privateJwk)
    {
        var key = JsonNode.Parse(privateJwk)!.AsObject();
        foreach (var member in new[] { "d", "p", "q", "dp", "dq", "qi", "oth" })
        {
            key.Remove(member);
        }
        return new JsonObject { ["keys"] = new JsonArray(key) }.ToJsonString();
    }

    private static Result<SandboxProviderHost, ConformanceError> Ok(SandboxProviderHost host) => Result<SandboxProviderHost, ConformanceError>.Ok(host);
}
