using System.Text.Json;
using Hub.TrustList.Canonicalization;
using Hub.TrustList.Common;
using Hub.TrustList.Lookup;
using Hub.TrustList.Model;
using Hub.TrustList.Serialization;
using Hub.TrustList.Signing;
using Hub.TrustList.Validation;
using static Hub.TrustList.Verification.TrustListErrorCodes;

namespace Hub.TrustList.Verification;

/// <summary>
/// Verifies a signed trust list, in this order: size cap, JSON and duplicate members, signature member, JWS header,
/// key lookup by kid among the pinned anchors, signature over the JCS form of the document without <c>signature</c>,
/// schema, structural rules, freshness, rollback. Only a list that passes every step becomes a snapshot.
/// </summary>
public sealed class TrustListVerifier
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 64 };
    private readonly TrustListVerifierOptions _options;
    private readonly TimeProvider _time;

    public TrustListVerifier(TrustListVerifierOptions options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        if (options.Anchors.Count == 0)
        {
            throw new ArgumentException("At least one trust anchor (the coordinator's public key) is required.", nameof(options));
        }
        _options = options;
        _time = time;
    }

    public TrustListVerifierOptions Options => _options;

    /// <param name="json">The signed document, exactly as received.</param>
    /// <param name="lastAcceptedSequence">The sequence of the last accepted list; the new one must be greater.</param>
    /// <param name="at">The instant to check freshness at; default now.</param>
    public Result<TrustListSnapshot, TrustListError> Verify(ReadOnlyMemory<byte> json, long? lastAcceptedSequence = null, DateTimeOffset? at = null)
    {
        if (json.Length > _options.MaxDocumentBytes)
        {
            return Fail(TooLarge, $"The document has {json.Length} bytes; the cap is {_options.MaxDocumentBytes}.");
        }
        var signed = VerifySignature(json);
        if (!signed.IsSuccess)
        {
            return signed.Error!;
        }
        var document = Deserialize(json);
        if (!document.IsSuccess)
        {
            return document.Error!;
        }
        var errors = TrustListValidator.Validate(document.Value);
        if (errors.Count > 0)
        {
            var more = errors.Count > 1 ? $" (and {errors.Count - 1} more)" : "";
            return errors[0] with { Message = errors[0].Message + more };
        }
        if (FreshnessRules.Check(document.Value, at ?? _time.GetUtcNow(), _options) is { } stale)
        {
            return stale;
        }
        if (lastAcceptedSequence is { } last && document.Value.Sequence <= last)
        {
            return Fail(Rollback, $"The sequence {document.Value.Sequence} is not greater than the last accepted {last}: a rollback or a replay.");
        }
        return Result<TrustListSnapshot, TrustListError>.Ok(new TrustListSnapshot(document.Value, json));
    }

    /// <summary>Steps up to the signature. Returns the anchor that verified it.</summary>
    private Result<TrustAnchor, TrustListError> VerifySignature(ReadOnlyMemory<byte> json)
    {
        try
        {
            if (DuplicateMemberDetector.FindDuplicate(json.Span) is { } duplicate)
            {
                return Fail(DuplicateMember, $"The member {duplicate} appears twice in one object.");
            }
            using var parsed = JsonDocument.Parse(json, DocumentOptions);
            var root = parsed.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return Fail(MalformedJson, "A trust list is a JSON object.");
            }
            if (!root.TryGetProperty(TrustListSigner.SignatureMember, out var signature) || signature.ValueKind != JsonValueKind.String)
            {
                return Fail(SignatureMissing, "The document has no 'signature' string: an unsigned list is never accepted.");
            }
            var header = DetachedJws.Parse(signature.GetString()!);
            if (!header.IsSuccess)
            {
                return header.Error!;
            }
            var anchor = _options.Anchors.FirstOrDefault(a => a.KeyId == header.Value.KeyId);
            if (anchor is null)
            {
                return Fail(UnknownKey, $"The list is signed with key '{header.Value.KeyId}', which is not a pinned trust anchor ({string.Join(", ", _options.Anchors.Select(a => a.KeyId))}).");
            }
            if (!anchor.Supports(header.Value.Algorithm))
            {
                return Fail(KeyAlgorithmMismatch, $"The anchor '{anchor.KeyId}' does not sign with '{header.Value.Algorithm}'.");
            }
            using var hasher = new JwsSigningInputHasher(header.Value.EncodedHeader);
            JsonCanonicalizer.Write(root, hasher, excludedRootMember: TrustListSigner.SignatureMember);
            if (!anchor.VerifyHash(header.Value.Algorithm, hasher.Finish(), header.Value.Signature))
            {
                return Fail(BadSignature, $"The signature does not verify with anchor '{anchor.KeyId}': the list was altered or signed by someone else.");
            }
            if (!root.TryGetProperty("next_update", out var nextUpdate) || nextUpdate.ValueKind == JsonValueKind.Null)
            {
                return Fail(NextUpdateMissing, "The list has no 'next_update': a list without an end of validity is never accepted.");
            }
            return Result<TrustAnchor, TrustListError>.Ok(anchor);
        }
        catch (JsonException e)
        {
            return Fail(MalformedJson, "The document is not valid JSON: " + e.Message);
        }
    }

    private static Result<TrustListDocument, TrustListError> Deserialize(ReadOnlyMemory<byte> json)
    {
        try
        {
            var document = JsonSerializer.Deserialize<TrustListDocument>(json.Span, TrustListJson.Options);
            return document is null ? Fail(Schema, "The document is null.") : Result<TrustListDocument, TrustListError>.Ok(document);
        }
        catch (JsonException e)
        {
            // With unmapped members disallowed, a private JWK member fails here; name that rule precisely.
            return PrivateKeyMaterialScanner.Find(json) is { } path
                ? Fail(PrivateKeyMaterial, $"{path}: a JWK in the list holds private key material.")
                : Fail(Schema, $"The document does not match the trust-list schema at {e.Path}: {e.Message}");
        }
    }

    private static TrustListError Fail(string code, string message) => new(code, message);
}
