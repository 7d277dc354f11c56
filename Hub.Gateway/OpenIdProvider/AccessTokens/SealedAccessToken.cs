using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Hub.Gateway.OpenIdProvider.Handlers;
using Hub.Gateway.OpenIdProvider.Keys;
using Hub.TrustList.Common;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Hub.Gateway.OpenIdProvider.AccessTokens;

/// <summary>
/// The hub's access tokens: opaque to relying parties, readable only by the hub (decision 0012).
/// <c>hat1.{kid}.{base64url(salt ‖ ciphertext ‖ tag)}</c>: the content as JSON, sealed with AES-256-GCM under a key of
/// its own: HKDF-Expand (SHA-256) of a fresh 128-bit salt under the secret the ring's current symmetric key
/// (<c>kid</c>) yields for access tokens (<see cref="HubKey.AccessTokenSecret"/>), with <c>hat1.{kid}</c> as
/// associated data. A key per token means no GCM nonce is ever reused under one key, however many tokens a key
/// generation seals. Opening fails closed: a kid not in the ring, any changed byte, a wrong length or a content
/// without subject, client or times is null.
/// </summary>
internal static class SealedAccessToken
{
    public const string Prefix = "hat1.";
    private const int MaxLength = 16 * 1024;
    private const int SaltSize = 16;
    private const int TagSize = 16;

    public static string Seal(AccessTokenContent content, HubKey key, ISecureRandom random)
    {
        var header = Prefix + key.Record.KeyId;
        var plaintext = Serialize(content);
        var sealedBytes = new byte[SaltSize + plaintext.Length + TagSize];
        var salt = sealedBytes.AsSpan(0, SaltSize);
        random.Fill(salt);
        Span<byte> tokenKey = stackalloc byte[32];
        DeriveKey(key, salt, tokenKey);
        try
        {
            using var aes = new AesGcm(tokenKey, TagSize);
            aes.Encrypt(
                stackalloc byte[12], plaintext,
                sealedBytes.AsSpan(SaltSize, plaintext.Length), sealedBytes.AsSpan(SaltSize + plaintext.Length),
                Encoding.ASCII.GetBytes(header));
        }
        finally
        {
            CryptographicOperations.ZeroMemory(tokenKey);
        }
        return header + "." + Base64Url.Encode(sealedBytes);
    }

    /// <summary>The content, or null when the token is not one the ring's keys seal now (see the class summary).</summary>
    public static AccessTokenContent? Open(string token, HubKeySet keys)
    {
        if (token.Length > MaxLength || !token.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return null;
        }
        var dot = token.IndexOf('.', Prefix.Length);
        if (dot < 0 || keys.SealingKey(token[Prefix.Length..dot]) is not { } key
            || !Base64Url.TryDecode(token[(dot + 1)..], out var sealedBytes)
            || sealedBytes.Length <= SaltSize + TagSize)
        {
            return null;
        }
        var plaintext = new byte[sealedBytes.Length - SaltSize - TagSize];
        Span<byte> tokenKey = stackalloc byte[32];
        DeriveKey(key, sealedBytes.AsSpan(0, SaltSize), tokenKey);
        try
        {
            using var aes = new AesGcm(tokenKey, TagSize);
            aes.Decrypt(
                stackalloc byte[12], sealedBytes.AsSpan(SaltSize, plaintext.Length), sealedBytes.AsSpan(SaltSize + plaintext.Length),
                plaintext, Encoding.ASCII.GetBytes(token[..dot]));
        }
        catch (AuthenticationTagMismatchException)
        {
            return null;
        }
        finally
        {
            CryptographicOperations.ZeroMemory(tokenKey);
        }
        return Deserialize(plaintext);
    }

    private static void DeriveKey(HubKey key, ReadOnlySpan<byte> salt, Span<byte> output)
        => HKDF.Expand(HashAlgorithmName.SHA256, key.AccessTokenSecret, output, salt);

    private static byte[] Serialize(AccessTokenContent content)
    {
        var buffer = new ArrayBufferWriter<byte>(256 + (content.Released?.Length ?? 0) * 2);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString(Claims.Subject, content.Subject);
            writer.WriteString(Claims.ClientId, content.ClientId);
            writer.WriteString(Claims.Scope, content.Scope);
            writer.WriteNumber(Claims.IssuedAt, content.IssuedAt.ToUnixTimeSeconds());
            writer.WriteNumber(Claims.ExpiresAt, content.ExpiresAt.ToUnixTimeSeconds());
            if (content.Released is not null)
            {
                writer.WritePropertyName(HubClaimTypes.Released);
                writer.WriteRawValue(content.Released);
            }
            writer.WriteEndObject();
        }
        return buffer.WrittenSpan.ToArray();
    }

    private static AccessTokenContent? Deserialize(byte[] plaintext)
    {
        try
        {
            using var document = JsonDocument.Parse(plaintext);
            var root = document.RootElement;
            return root.ValueKind == JsonValueKind.Object
                && Text(root, Claims.Subject) is { Length: > 0 } subject
                && Text(root, Claims.ClientId) is { Length: > 0 } clientId
                && Text(root, Claims.Scope) is { } scope
                && Seconds(root, Claims.IssuedAt) is { } issuedAt
                && Seconds(root, Claims.ExpiresAt) is { } expiresAt
                ? new AccessTokenContent(subject, clientId, scope, issuedAt, expiresAt, Released(root))
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Text(JsonElement root, string name)
        => root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string? Released(JsonElement root)
        => root.TryGetProperty(HubClaimTypes.Released, out var value) && value.ValueKind == JsonValueKind.Object ? value.GetRawText() : null;

    private static DateTimeOffset? Seconds(JsonElement root, string name)
        => root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var seconds)
            && seconds is >= 0 and <= 253402300799
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : null;
}
