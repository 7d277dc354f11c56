using System.Security.Cryptography;
using Hub.TrustList.Common;

namespace Hub.Gateway.OpenIdProvider.Keys;

/// <summary>Creates fresh key records. Key ids are random so a recreated generation never reuses a kid.</summary>
internal sealed class HubKeyFactory(ISecureRandom random)
{
    public HubKeyRecord Create(string algorithm, long generation, HubKeySchedule schedule, DateTimeOffset now)
    {
        var material = algorithm switch
        {
            HubKeyAlgorithms.Rs256 => ExportRsa(),
            HubKeyAlgorithms.Es256 => ExportEcdsa(),
            HubKeyAlgorithms.A256Kw => RandomBytes(32),
            _ => throw new ArgumentOutOfRangeException(nameof(algorithm), algorithm, "Unsupported hub key algorithm."),
        };
        var keyId = $"{algorithm.ToLowerInvariant()}-{generation}-{random.NextToken(6)}";
        return new HubKeyRecord(
            keyId, algorithm, generation, now,
            schedule.ActivationOf(generation), schedule.RetirementOf(generation), schedule.ExpiryOf(generation),
            material);
    }

    private static byte[] ExportRsa()
    {
        using var rsa = RSA.Create(2048);
        return rsa.ExportPkcs8PrivateKey();
    }

    private static byte[] ExportEcdsa()
    {
        using var ecdsa = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        return ecdsa.ExportPkcs8PrivateKey();
    }

    private byte[] RandomBytes(int count)
    {
        var bytes = new byte[count];
        random.Fill(bytes);
        return bytes;
    }
}
