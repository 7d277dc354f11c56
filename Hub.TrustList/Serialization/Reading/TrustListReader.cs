using System.Text.Json;
using Hub.TrustList.Common;
using Hub.TrustList.Model;
using Hub.TrustList.Streaming;
using Hub.TrustList.Validation;
using Hub.TrustList.Verification;
using static Hub.TrustList.Verification.TrustListErrorCodes;

namespace Hub.TrustList.Serialization.Reading;

/// <summary>What the reader found: the model, and the entries whose written <c>status</c> disagrees with their history.</summary>
internal sealed record ReadTrustList(TrustListDocument Document, IReadOnlyList<TrustListError> StatusMismatches);

/// <summary>
/// The verifier's reader of the trust-list schema: the same members, types and strictness as
/// <see cref="TrustListJson.Options"/> (unknown members refused, required members enforced, nullable ones optional),
/// written by hand over <see cref="Utf8JsonReader"/> for a large list:
/// <list type="bullet">
/// <item>the document is read through a window (<see cref="RootWalker"/>), never held whole;</item>
/// <item>lists become arrays of exactly their length;</item>
/// <item>values that entries repeat are read once and shared (<see cref="SharedValues"/>, <see cref="RawCache{T}"/>);</item>
/// <item>no path is tracked while reading: an error's path is found from its offset afterwards;</item>
/// <item>the methods that run per value are compiled fully optimized at their first call
/// (<see cref="System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization"/>): the load that matters
/// most is the first, at start-up, and tiered code spent about a second more on it.</item>
/// </list>
/// It is also stricter: enumerations are only their names (no numbers, no other case), list elements are never
/// null, and the derived <c>status</c> members are compared with the histories (<c>structure.status_mismatch</c>).
/// docs/decisions/0005 says why it exists.
/// </summary>
internal static class TrustListReader
{
    public static Result<ReadTrustList, TrustListError> Read(ReadOnlyMemory<byte> json)
    {
        using var source = new MemoryListSource(json);
        return Read(source);
    }

    /// <param name="source">The document.</param>
    /// <param name="window">The window it is read through.</param>
    /// <param name="checks">The rules' RP checks, to run on each RP as it is read.</param>
    public static Result<ReadTrustList, TrustListError> Read(ListSource source, int window = RootWalker.DefaultWindow, RelyingPartyChecks? checks = null)
    {
        try
        {
            var context = new ReadContext();
            var document = new DocumentReader(context, checks);
            new RootWalker(source, digest: false, window).Walk(document);
            var mismatches = context.StatusFindings.Count == 0 ? new List<TrustListError>() : Mismatches(source, context.StatusFindings);
            return Result<ReadTrustList, TrustListError>.Ok(new ReadTrustList(document.Build(), mismatches));
        }
        catch (ReadException e)
        {
            var path = JsonPathLocator.Find(source.ReadAll().Span, e.Offset);
            return new TrustListError(Schema, $"The document does not match the trust-list schema: {path}: {e.Message}");
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            return new TrustListError(Schema, "The document does not match the trust-list schema: " + e.Message);
        }
    }

    private static List<TrustListError> Mismatches(ListSource source, List<StatusFinding> findings)
    {
        var paths = JsonPathLocator.FindAll(source.ReadAll().Span, findings.ConvertAll(f => f.EntryOffset));
        var errors = new List<TrustListError>(findings.Count);
        for (var i = 0; i < findings.Count; i++)
        {
            var finding = findings[i];
            errors.Add(new TrustListError(
                StatusMismatch,
                $"{paths[i]}.status is '{finding.Written}', but the last entry of its status_history is "
                + $"'{EnumNames<EntryStatus>.NameOf(finding.Applied)}': a signed list must not show a status the hub does not apply."));
        }
        return errors;
    }
}
