using Hub.TrustList.Common;
using Hub.TrustList.Lookup;
using Hub.TrustList.Serialization.Reading;
using Hub.TrustList.Signing;
using Hub.TrustList.Streaming;
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
        using var source = new MemoryListSource(json);
        return Verify(source, lastAcceptedSequence, at);
    }

    /// <summary>
    /// Verifies the list in a file, reading it in windows: a large list is never held in memory whole. Nothing may
    /// write the file while it is verified (the loader verifies a copy it wrote itself). A file that cannot be read
    /// gives <c>source.unavailable</c>.
    /// </summary>
    public Result<TrustListSnapshot, TrustListError> VerifyFile(string path, long? lastAcceptedSequence = null, DateTimeOffset? at = null)
    {
        var source = OpenFile(path);
        if (!source.IsSuccess)
        {
            return source.Error!;
        }
        using (source.Value)
        {
            return Verify(source.Value, lastAcceptedSequence, at);
        }
    }

    internal static Result<ListSource, TrustListError> OpenFile(string path)
    {
        try
        {
            return Result<ListSource, TrustListError>.Ok(new FileListSource(path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Fail(SourceUnavailable, $"The list file '{path}' cannot be read: {e.Message}");
        }
    }

    internal Result<TrustListSnapshot, TrustListError> Verify(ListSource source, long? lastAcceptedSequence, DateTimeOffset? at)
    {
        var verified = VerifyAllButFreshness(source, at);
        if (!verified.IsSuccess)
        {
            return verified.Error!;
        }
        var (snapshot, stale) = verified.Value;
        if (stale is not null)
        {
            return stale;
        }
        if (lastAcceptedSequence is { } last && snapshot.Sequence <= last)
        {
            return Fail(Rollback, $"The sequence {snapshot.Sequence} is not greater than the last accepted {last}: a rollback or a replay.");
        }
        return Result<TrustListSnapshot, TrustListError>.Ok(snapshot);
    }

    /// <summary>
    /// Every step but rollback, with the freshness verdict returned beside the snapshot instead of failing: the loader
    /// takes the sequence of an expired cached list as its rollback floor without serving the list.
    /// </summary>
    internal Result<(TrustListSnapshot Snapshot, TrustListError? Stale), TrustListError> VerifyAllButFreshness(ListSource source, DateTimeOffset? at = null)
    {
        var length = source.Length;
        if (length > _options.MaxDocumentBytes || length > int.MaxValue)
        {
            return Fail(TooLarge, $"The document has {length} bytes; the cap is {Math.Min(_options.MaxDocumentBytes, int.MaxValue)}.");
        }
        // The signature pass and the model pass read the same bytes on two cores, each through its own window; the
        // model pass also runs the rules' RP checks on each RP as it is read. These are pure functions of the bytes:
        // nothing is kept, reported or acted on unless the signature verifies (docs/decisions/0005).
        Result<string, TrustListError> signed = default;
        Result<ReadTrustList, TrustListError> read = default;
        var checks = new RelyingPartyChecks();
        Parallel.Invoke(
            () => signed = SignaturePass.Verify(source, _options.Anchors, _options.WindowBytes),
            () => read = ReadModel(source, _options.WindowBytes, checks));
        if (!signed.IsSuccess)
        {
            return signed.Error!;
        }
        if (!read.IsSuccess)
        {
            return read.Error!;
        }
        var document = read.Value.Document;
        // The lookup tables are built while the rules run; they are kept only if the rules pass.
        IReadOnlyList<TrustListError> ruleErrors = [];
        TrustListIndex? index = null;
        Parallel.Invoke(
            () => ruleErrors = TrustListValidator.Validate(document, listsMayHoldNulls: false, checks),
            () => index = TryIndex(document));
        var errors = ruleErrors.Concat(read.Value.StatusMismatches).ToList();
        if (errors.Count > 0)
        {
            var more = errors.Count > 1 ? $" (and {errors.Count - 1} more)" : "";
            return errors[0] with { Message = errors[0].Message + more };
        }
        var stale = FreshnessRules.Check(document, at ?? _time.GetUtcNow(), _options);
        var snapshot = new TrustListSnapshot(document, signed.Value, length, index);
        return Result<(TrustListSnapshot, TrustListError?), TrustListError>.Ok((snapshot, stale));
    }

    /// <summary>Null for a list with duplicate ids: the rules report those.</summary>
    private static TrustListIndex? TryIndex(Model.TrustListDocument document)
    {
        try
        {
            return new TrustListIndex(document);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static Result<ReadTrustList, TrustListError> ReadModel(ListSource source, int window, RelyingPartyChecks checks)
    {
        try
        {
            var read = TrustListReader.Read(source, window, checks);
            // The reader knows only public JWK members; name the private-key rule precisely when that is what failed.
            if (!read.IsSuccess && PrivateKeyMaterialScanner.Find(source.ReadAll()) is { } path)
            {
                return Fail(PrivateKeyMaterial, $"{path}: a JWK in the list holds private key material.");
            }
            return read;
        }
        catch (IOException e)
        {
            return Fail(SourceUnavailable, "The list could not be read to the end: " + e.Message);
        }
    }

    private static TrustListError Fail(string code, string message) => new(code, message);
}
