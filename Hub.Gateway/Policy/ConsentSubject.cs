using System.Security.Cryptography;
using System.Text;
using Hub.Gateway.OpenIdProvider.Options;
using Hub.Gateway.OpenIdProvider.Subjects;
using Hub.TrustList.Common;
using Microsoft.Extensions.Options;

namespace Hub.Gateway.Policy;

/// <summary>
/// The hub's pseudonymous key for a person, under which consents and consent records are kept: the same for every
/// RP (so the dashboard can list them all), never the RP's pairwise <c>sub</c> nor the provider's identifier.
/// base64url(HMAC-SHA256(hub secret, "consent-subject|" provider | provider subject)); the label separates it
/// from the pairwise subjects derived with the same secret.
/// </summary>
public sealed class ConsentSubject
{
    private readonly byte[] _key;

    public ConsentSubject(IOptions<HubOpenIdProviderOptions> options)
        => _key = Encoding.UTF8.GetBytes(options.Value.PairwiseSecret is { Length: > 0 } secret ? secret : PairwiseSubjectCalculator.DemoSecret);

    public string For(string providerId, string providerSubject)
        => Base64Url.Encode(HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes($"consent-subject|{providerId}|{providerSubject}")));
}
