using System.Text.Json;
using Hub.TrustList.Canonicalization;
using Hub.TrustList.Common;
using Hub.TrustList.Lookup;
using Hub.TrustList.Model;
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
        // The signature path and the deserialization read the same immutable bytes on two cores. Nothing is kept,
        // and nothing of the model is looked at, unless the signature verifies (docs/performance.md, "Trust list").
        Result<TrustAnchor, TrustListError> signed = default;
        Result<TrustListDocument, TrustListError> document = default;
        Parallel.Invoke(() => signed = VerifySignature(json), () => document = Deserialize(json));
        if (!signed.IsSuccess)
        {
            return signed.Error!;
        }
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

    /// <summary>Steps up to the signature, on the raw bytes (no document tree). Returns the anchor that verified it.</summary>
    private Result<TrustAnchor, TrustListError> VerifySignature(ReadOnlyMemory<byte> json)
    {
        try
        {
            var members = JsonRootMembers.Scan(json.Span);
            if (members.GroupBy(m => m.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } duplicate)
            {
                return Fail(DuplicateMember, $"The member $.{duplicate.Key} appears twice.");
            }
            if (ReadString(json.Span, members, TrustListSigner.SignatureMember) is not { } signature)
            {
                return Fail(SignatureMissing, "The document has no 'signature' string: an unsigned list is never accepted.");
            }
            var header = DetachedJws.Parse(signature);
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
            JsonCanonicalizer.WriteRoot(json.Span, members, hasher, excludedRootMember: TrustListSigner.SignatureMember);
            if (!anchor.VerifyHash(header.Value.Algorithm, hasher.Finish(), header.Value.Signature))
            {
                return Fail(BadSignature, $"The signature does not verify with anchor '{anchor.KeyId}': the list was altered or signed by someone else.");
            }
            if (!members.Any(m => m.Name == "next_update" && !m.Value(json.Span).SequenceEqual("null"u8)))
            {
                return Fail(NextUpdateMissing, "The list has no 'next_update': a list without an end of validity is never accepted.");
            }
            return Result<TrustAnchor, TrustListError>.Ok(anchor);
        }
        catch (DuplicateMemberException e)
        {
            return Fail(DuplicateMember, e.Message);
        }
        catch (JsonException e)
        {
            return Fail(MalformedJson, "The document is not valid JSON: " + e.Message);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            // The reader throws these for strings that are not valid UTF-8 or UTF-16 (a lone surrogate escape).
            return Fail(MalformedJson, "The document holds an invalid string: " + e.Message);
        }
    }

    /// <summary>The string value of a top-level member, or null when it is absent or not a string.</summary>
    private static string? ReadString(ReadOnlySpan<byte> json, List<RootMember> members, string name)
    {
        foreach (var member in members)
        {
            if (member.Name == name)
            {
                var reader = new Utf8JsonReader(member.Value(json));
                reader.Read();
                return reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
            }
        }
        return null;
    }

    private static Result<TrustListDocument, TrustListError> Deserialize(ReadOnlyMemory<byte> json)
    {
        try
        {
            using var pool = PooledStringConverter.Scope();
            var document = JsonSerializer.Deserialize<TrustListDocument>(json.Span, VerifierJson.Options);
            return document is null ? Fail(Schema, "The document is null.") : Result<TrustListDocument, TrustListError>.Ok(document);
        }
        catch (Exception e) when (IsSchemaFailure(e))
        {
            // With unmapped members disallowed, a private JWK member fails here; name that rule precisely.
            return PrivateKeyMaterialScanner.Find(json) is { } path
                ? Fail(PrivateKeyMaterial, $"{path}: a JWK in the list holds private key material.")
                : Fail(Schema, $"The document does not match the trust-list schema: {PreciseSchemaMessage(json, e)}");
        }
    }

    /// <summary>The pooled-string reader may word a failure differently; on the failure path only, the plain options say it.</summary>
    private static string PreciseSchemaMessage(ReadOnlyMemory<byte> json, Exception fast)
    {
        try
        {
            JsonSerializer.Deserialize<TrustListDocument>(json.Span, Serialization.TrustListJson.Options);
            return fast.Message;
        }
        catch (Exception e) when (IsSchemaFailure(e))
        {
            return e.Message;
        }
    }

    private static bool IsSchemaFailure(Exception e)
        => e is JsonException or NotSupportedException or FormatException or ArgumentException or InvalidOperationException;

    private static TrustListError Fail(string code, string message) => new(code, message);
}
