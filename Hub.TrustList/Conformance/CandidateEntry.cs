using Hub.TrustList.Model;

namespace Hub.TrustList.Conformance;

/// <summary>
/// The draft trust-list entry of a candidate file, and its digest: SHA-256 over the RFC 8785 (JCS) form of the
/// <c>entry</c> member exactly as the candidate wrote it. The suite records the digest in its report; <c>accredit</c>
/// recomputes it, so a report vouches for exactly one entry.
/// </summary>
/// <param name="Entry">
/// The entry as the model reads it. A candidate carries no status history (the coordinator sets it), so
/// <see cref="IdentityProviderEntry.StatusHistory"/> is empty here; <c>brands</c> default to none.
/// </param>
public sealed record CandidateEntry(IdentityProviderEntry Entry, string Digest);
