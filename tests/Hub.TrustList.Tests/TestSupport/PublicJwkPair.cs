using System.Text.Json;
using Hub.TrustList.Model;
using Hub.TrustList.Serialization;
using Hub.TrustList.Signing;

namespace Hub.TrustList.Tests.TestSupport;

/// <summary>A generated key as the trust list pins it (<see cref="PublicJwk"/>).</summary>
internal sealed record PublicJwkPair(string PrivateJwk, PublicJwk Public)
{
    public static PublicJwkPair Generate()
    {
        var (privateJwk, publicJwk) = KeyGenerator.Generate();
        return new PublicJwkPair(privateJwk, JsonSerializer.Deserialize<PublicJwk>(publicJwk, TrustListJson.Options)!);
    }
}
