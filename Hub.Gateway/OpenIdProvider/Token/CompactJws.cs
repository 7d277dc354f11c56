using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Hub.Gateway.OpenIdProvider.Keys;
using Microsoft.IdentityModel.Tokens;
using Base64UrlText = System.Buffers.Text.Base64Url;

namespace Hub.Gateway.OpenIdProvider.Token;

/// <summary>
/// Signs a JWT the hub issues (RFC 7515 compact serialization): the header <c>{"alg","kid","typ":"JWT"}</c>, the
/// payload as given, and an RS256 (RSASSA-PKCS1-v1_5 with SHA-256) or ES256 (P-256, SHA-256, the 64-byte R||S form of
/// RFC 7518 3.4) signature made with the hub key's own RSA or ECDsa object. Only signing: every JWT the hub receives
/// is still validated by Microsoft.IdentityModel (decision 0013).
/// </summary>
internal static class CompactJws
{
    public static string Sign(SecurityKey key, string algorithm, ReadOnlySpan<byte> payloadJson)
    {
        var header = Header(algorithm, key.KeyId);
        var headerLength = Base64UrlText.GetEncodedLength(header.Length);
        var payloadLength = Base64UrlText.GetEncodedLength(payloadJson.Length);
        var input = ArrayPool<byte>.Shared.Rent(headerLength + 1 + payloadLength);
        try
        {
            Base64UrlText.EncodeToUtf8(header, input);
            input[headerLength] = (byte)'.';
            Base64UrlText.EncodeToUtf8(payloadJson, input.AsSpan(headerLength + 1));
            var signingInput = input.AsSpan(0, headerLength + 1 + payloadLength);
            Span<byte> signature = stackalloc byte[512];
            var signatureLength = SignInto(key, algorithm, signingInput, signature);
            return string.Concat(Encoding.ASCII.GetString(signingInput), ".", Base64UrlText.EncodeToString(signature[..signatureLength]));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(input);
        }
    }

    private static int SignInto(SecurityKey key, string algorithm, ReadOnlySpan<byte> input, Span<byte> signature)
    {
        var written = (algorithm, key) switch
        {
            (HubKeyAlgorithms.Es256, ECDsaSecurityKey { ECDsa: var ecdsa })
                when ecdsa.TrySignData(input, signature, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation, out var n) => n,
            (HubKeyAlgorithms.Rs256, RsaSecurityKey { Rsa: { } rsa })
                when rsa.TrySignData(input, signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1, out var n) => n,
            _ => -1,
        };
        return written > 0
            ? written
            : throw new InvalidOperationException($"The hub key {key.KeyId} cannot sign {algorithm}.");
    }

    private static byte[] Header(string algorithm, string keyId)
    {
        var buffer = new ArrayBufferWriter<byte>(128);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("alg", algorithm);
            writer.WriteString("kid", keyId);
            writer.WriteString("typ", "JWT");
            writer.WriteEndObject();
        }
        return buffer.WrittenSpan.ToArray();
    }
}
