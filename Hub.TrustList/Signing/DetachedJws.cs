using System.Buffers;
using System.Text.Json;
using Hub.TrustList.Canonicalization;
using Hub.TrustList.Common;
using Hub.TrustList.Verification;
using static Hub.TrustList.Verification.TrustListErrorCodes;

namespace Hub.TrustList.Signing;

/// <summary>
/// JWS compact serialization with a detached payload (RFC 7515 appendix F): <c>header..signature</c>. The header
/// is <c>{"alg":..,"kid":..}</c>; the payload is base64url-encoded as usual for the signing input, then left out.
/// </summary>
public static class DetachedJws
{
    /// <summary>Members that would let the message choose its own key. Never trusted, always refused.</summary>
    public static IReadOnlyList<string> KeyBearingHeaders { get; } = ["jwk", "x5c", "jku", "x5u"];

    /// <summary>Signs <paramref name="payload"/> and returns <c>header..signature</c>.</summary>
    public static string Sign(ReadOnlySpan<byte> payload, SigningKey key)
    {
        var header = EncodeHeader(key);
        using var hasher = new JwsSigningInputHasher(header);
        hasher.Write(payload);
        return Complete(header, hasher.Finish(), key);
    }

    /// <summary>The base64url protected header for <paramref name="key"/>.</summary>
    public static string EncodeHeader(SigningKey key)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("alg", key.Algorithm);
            writer.WriteString("kid", key.KeyId);
            writer.WriteEndObject();
        }
        return Base64Url.Encode(buffer.ToArray());
    }

    internal static string Complete(string encodedHeader, byte[] signingInputSha256, SigningKey key)
        => encodedHeader + ".." + Base64Url.Encode(key.SignHash(signingInputSha256));

    /// <summary>Parses a detached JWS and applies the header rules (alg, key-bearing members, crit/b64, kid).</summary>
    public static Result<DetachedJwsHeader, TrustListError> Parse(string compact)
    {
        var parts = compact.Split('.');
        if (parts.Length != 3 || parts[0].Length == 0)
        {
            return Fail(SignatureMalformed, "The signature is not a compact JWS (header..signature).");
        }
        if (parts[1].Length != 0)
        {
            return Fail(SignatureMalformed, "The signature carries a payload; a trust-list signature is detached (RFC 7515 appendix F).");
        }
        if (!Base64Url.TryDecode(parts[0], out var headerBytes))
        {
            return Fail(SignatureMalformed, "The JWS header is not base64url.");
        }
        // The header is judged before the signature bytes, so that alg "none" (with its empty signature) is named as such.
        var header = ParseHeader(parts[0], headerBytes);
        if (!header.IsSuccess)
        {
            return header;
        }
        if (parts[2].Length == 0 || !Base64Url.TryDecode(parts[2], out var signature) || signature.Length == 0)
        {
            return Fail(SignatureMalformed, "The JWS signature is empty or not base64url.");
        }
        return Result<DetachedJwsHeader, TrustListError>.Ok(header.Value with { Signature = signature });
    }

    private static Result<DetachedJwsHeader, TrustListError> ParseHeader(string encodedHeader, byte[] headerBytes)
    {
        try
        {
            if (DuplicateMemberDetector.FindDuplicate(headerBytes) is { } duplicate)
            {
                return Fail(DuplicateMember, $"The JWS header has the member {duplicate} twice.");
            }
            using var header = JsonDocument.Parse(headerBytes);
            var root = header.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return Fail(SignatureMalformed, "The JWS header is not a JSON object.");
            }
            if (!root.TryGetProperty("alg", out var algElement) || algElement.ValueKind != JsonValueKind.String)
            {
                return Fail(SignatureMalformed, "The JWS header has no 'alg'.");
            }
            var alg = algElement.GetString()!;
            if (CheckAlgorithm(alg) is { } algError)
            {
                return algError;
            }
            foreach (var name in KeyBearingHeaders)
            {
                if (root.TryGetProperty(name, out _))
                {
                    return Fail(HeaderKey, $"The JWS header offers a key ('{name}'); keys are taken only from the pinned trust anchors.");
                }
            }
            if (root.TryGetProperty("crit", out _) || root.TryGetProperty("b64", out _))
            {
                return Fail(HeaderUnsupported, "The JWS header uses 'crit' or 'b64'; a trust-list signature uses neither.");
            }
            if (!root.TryGetProperty("kid", out var kid) || kid.ValueKind != JsonValueKind.String || kid.GetString()!.Length == 0)
            {
                return Fail(UnknownKey, "The JWS header names no key ('kid').");
            }
            return Result<DetachedJwsHeader, TrustListError>.Ok(new DetachedJwsHeader(encodedHeader, alg, kid.GetString()!, []));
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            return Fail(SignatureMalformed, "The JWS header is not valid JSON: " + e.Message);
        }
    }

    private static TrustListError? CheckAlgorithm(string alg)
    {
        if (alg.Equals("none", StringComparison.OrdinalIgnoreCase))
        {
            return new TrustListError(AlgNone, "The JWS 'alg' is 'none': an unsigned list is never accepted.");
        }
        if (alg.StartsWith("HS", StringComparison.OrdinalIgnoreCase))
        {
            return new TrustListError(AlgHmac, $"The JWS 'alg' is '{alg}': a shared-secret MAC cannot prove the coordinator signed.");
        }
        return JwsAlgorithms.IsSupported(alg)
            ? null
            : new TrustListError(AlgUnsupported, $"The JWS 'alg' '{alg}' is not accepted; use {string.Join(", ", JwsAlgorithms.Supported)}.");
    }

    private static TrustListError Fail(string code, string message) => new(code, message);
}
