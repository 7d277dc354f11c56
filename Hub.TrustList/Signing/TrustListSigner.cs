using System.Text.Json;
using Hub.TrustList.Canonicalization;
using Hub.TrustList.Model;
using Hub.TrustList.Serialization;

namespace Hub.TrustList.Signing;

/// <summary>
/// Signs a trust list: the JCS (RFC 8785) canonical form of the document without its <c>signature</c> member is
/// the detached JWS payload; the JWS goes into <c>signature</c>. The output keeps the document readable
/// (indented, members in their original order); the canonical form does not depend on the layout.
/// The signer does not validate: callers (the CLI) validate first.
/// </summary>
public static class TrustListSigner
{
    public const string SignatureMember = "signature";

    private static readonly JsonWriterOptions Indented = new()
    {
        Indented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly JsonWriterOptions Compact = Indented with { Indented = false };

    /// <summary>Serializes <paramref name="document"/> (its <c>Signature</c> ignored) and signs it.</summary>
    public static byte[] Sign(TrustListDocument document, SigningKey key, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(document);
        var unsigned = JsonSerializer.SerializeToUtf8Bytes(document with { Signature = null }, TrustListJson.Options);
        return SignRaw(unsigned, key, indented);
    }

    /// <summary>
    /// Signs a JSON object as it is. An existing <c>signature</c> member is replaced. Throws <see cref="JsonException"/>
    /// for input that is not a JSON object, has duplicate member names or has no canonical form.
    /// </summary>
    public static byte[] SignRaw(ReadOnlySpan<byte> unsignedJson, SigningKey key, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (DuplicateMemberDetector.FindDuplicate(unsignedJson) is { } duplicate)
        {
            throw new JsonException($"The document has the member {duplicate} twice.");
        }
        using var document = JsonDocument.Parse(unsignedJson.ToArray());
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new JsonException("A trust list is a JSON object.");
        }
        var header = DetachedJws.EncodeHeader(key);
        string signature;
        using (var hasher = new JwsSigningInputHasher(header))
        {
            JsonCanonicalizer.Write(unsignedJson, hasher, excludedRootMember: SignatureMember);
            signature = DetachedJws.Complete(header, hasher.Finish(), key);
        }
        return WriteWithSignature(root, signature, indented ? Indented : Compact);
    }

    private static byte[] WriteWithSignature(JsonElement root, string signature, JsonWriterOptions options)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, options))
        {
            writer.WriteStartObject();
            foreach (var member in root.EnumerateObject())
            {
                if (!member.NameEquals(SignatureMember))
                {
                    member.WriteTo(writer);
                }
            }
            writer.WriteString(SignatureMember, signature);
            writer.WriteEndObject();
        }
        if (options.Indented)
        {
            buffer.WriteByte((byte)'\n');
        }
        return buffer.ToArray();
    }
}
