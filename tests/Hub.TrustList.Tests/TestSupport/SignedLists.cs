using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Hub.TrustList.Canonicalization;
using Hub.TrustList.Common;
using Hub.TrustList.Model;
using Hub.TrustList.Serialization;
using Hub.TrustList.Signing;

namespace Hub.TrustList.Tests.TestSupport;

/// <summary>Builds signed lists, including correctly signed but otherwise bad ones, and hand-made JWS headers.</summary>
internal static class SignedLists
{
    public static byte[] Sign(TrustListDocument document, SigningKey? key = null) => TrustListSigner.Sign(document, key ?? TestKeys.Coordinator);

    /// <summary>Serializes <paramref name="document"/>, lets <paramref name="edit"/> change the JSON, then signs the result.</summary>
    public static byte[] SignEdited(TrustListDocument document, Action<JsonObject> edit, SigningKey? key = null)
    {
        var json = JsonSerializer.SerializeToNode(document with { Signature = null }, TrustListJson.Options)!.AsObject();
        edit(json);
        return TrustListSigner.SignRaw(Encoding.UTF8.GetBytes(json.ToJsonString()), key ?? TestKeys.Coordinator);
    }

    /// <summary>Signs the canonical document with an arbitrary protected header (as an attacker could), with the given key.</summary>
    public static byte[] SignWithHeader(TrustListDocument document, string headerJson, SigningKey key, bool emptySignature = false)
    {
        var unsigned = JsonSerializer.SerializeToUtf8Bytes(document with { Signature = null }, TrustListJson.Options);
        var payload = JsonCanonicalizer.Canonicalize(unsigned);
        var header = Base64Url.Encode(Encoding.UTF8.GetBytes(headerJson));
        var input = Encoding.ASCII.GetBytes(header + "." + Base64Url.Encode(payload));
        var signature = emptySignature ? "" : Base64Url.Encode(key.SignHash(SHA256.HashData(input)));
        return WithSignature(unsigned, header + ".." + signature);
    }

    /// <summary>The document with its <c>signature</c> member set to <paramref name="signature"/> (no signing).</summary>
    public static byte[] WithSignature(byte[] json, string? signature)
    {
        var node = JsonNode.Parse(json)!.AsObject();
        node.Remove("signature");
        if (signature is not null)
        {
            node["signature"] = signature;
        }
        return Encoding.UTF8.GetBytes(node.ToJsonString());
    }

    /// <summary>Replaces the first occurrence of <paramref name="find"/> in the signed bytes (tampering after signing).</summary>
    public static byte[] Tamper(byte[] signed, string find, string replace)
    {
        var text = Encoding.UTF8.GetString(signed);
        var at = text.IndexOf(find, StringComparison.Ordinal);
        if (at < 0)
        {
            throw new ArgumentException($"'{find}' is not in the document.", nameof(find));
        }
        return Encoding.UTF8.GetBytes(text[..at] + replace + text[(at + find.Length)..]);
    }
}
