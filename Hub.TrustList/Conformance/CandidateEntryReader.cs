using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Hub.TrustList.Canonicalization;
using Hub.TrustList.Common;
using Hub.TrustList.Model;
using Hub.TrustList.Serialization;

namespace Hub.TrustList.Conformance;

/// <summary>
/// Reads the <c>entry</c> of a candidate file (docs/onboarding.md). The rest of the file (test accounts, login recipe,
/// the hub's registration) belongs to the conformance suite and is ignored here.
/// </summary>
public static class CandidateEntryReader
{
    public const string EntryMember = "entry";

    /// <summary>Members only the coordinator sets: a candidate entry may not carry them.</summary>
    public static IReadOnlyList<string> ManagedMembers { get; } = ["status_history", "status", "conformance"];

    public static Result<CandidateEntry, ConformanceError> Read(ReadOnlySpan<byte> candidateFile)
    {
        JsonObject root;
        try
        {
            if (DuplicateMemberDetector.FindDuplicate(candidateFile) is { } duplicate)
            {
                return Fail("candidate.malformed", $"The member {duplicate} appears twice.");
            }
            if (JsonNode.Parse(candidateFile) is not JsonObject parsed)
            {
                return Fail("candidate.malformed", "A candidate file is a JSON object.");
            }
            root = parsed;
        }
        catch (JsonException e)
        {
            return Fail("candidate.malformed", "The candidate file is not valid JSON: " + e.Message);
        }
        if (root[EntryMember] is not JsonObject entry)
        {
            return Fail("candidate.malformed", $"The candidate file has no '{EntryMember}' object (the draft trust-list entry).");
        }
        if (ManagedMembers.FirstOrDefault(entry.ContainsKey) is { } managed)
        {
            return Fail("candidate.managed-member", $"The entry carries '{managed}', which only the coordinator sets; remove it.");
        }
        string digest;
        try
        {
            digest = ConformanceDigest.Of(JsonCanonicalizer.Canonicalize(Encoding.UTF8.GetBytes(entry.ToJsonString())));
        }
        catch (JsonException e)
        {
            return Fail("candidate.malformed", "The entry has no canonical form: " + e.Message);
        }
        var model = entry.DeepClone().AsObject();
        model.TryAdd("brands", new JsonArray());
        model["status_history"] = new JsonArray();
        try
        {
            var read = model.Deserialize<IdentityProviderEntry>(TrustListJson.Options);
            return read is null
                ? Fail("candidate.entry-invalid", "The entry is null.")
                : Result<CandidateEntry, ConformanceError>.Ok(new CandidateEntry(read, digest));
        }
        catch (JsonException e)
        {
            return Fail("candidate.entry-invalid", "The entry does not fit the trust-list format: " + e.Message);
        }
    }

    private static ConformanceError Fail(string code, string message) => new(code, message);
}
