using Hub.TrustList.Lookup;
using Hub.TrustList.Model;

namespace Hub.Conformance.Harness;

/// <summary>
/// A one-provider trust list made of the candidate's draft entry, accredited for the run, so that the hub's adapters
/// treat the candidate exactly as they will treat it once it is in the signed list. It is never signed or published.
/// </summary>
internal static class CandidateTrustList
{
    public const string RunReason = "適合性試験の実行中 / conformance run";

    public static TrustListDocument Document(IdentityProviderEntry draft, DateTimeOffset now)
    {
        var accredited = draft with { StatusHistory = [new StatusChange(EntryStatus.Accredited, now.AddMinutes(-1), RunReason)] };
        return new TrustListDocument(
            TrustListDocument.CurrentFormat,
            1,
            now,
            now.AddDays(1),
            new Issuer("conformance-suite", new LocalizedText("適合性試験", "Conformance suite")),
            [accredited],
            []);
    }

    public static TrustListSnapshot Snapshot(TrustListDocument document) => new(document, ReadOnlyMemory<byte>.Empty);
}
