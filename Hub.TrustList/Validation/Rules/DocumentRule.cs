using Hub.TrustList.Model;
using Hub.TrustList.Verification;
using static Hub.TrustList.Verification.TrustListErrorCodes;

namespace Hub.TrustList.Validation.Rules;

/// <summary>The document's own members: format, sequence, the order of issued_at and next_update, the issuer.</summary>
internal sealed class DocumentRule : ITrustListRule
{
    /// <summary>RFC 8785 prints numbers as IEEE 754 doubles: integers above 2^53 - 1 would not survive canonicalization exactly.</summary>
    public const long MaxExactInteger = 9_007_199_254_740_991;

    public IEnumerable<TrustListError> Check(TrustListDocument document)
    {
        if (document.Format != TrustListDocument.CurrentFormat)
        {
            yield return new(Format, $"format is '{document.Format}'; this hub reads '{TrustListDocument.CurrentFormat}'.");
        }
        if (document.Sequence is <= 0 or > MaxExactInteger)
        {
            yield return new(Sequence, $"sequence is {document.Sequence}; it is a positive integer up to 2^53 - 1 (exact in the canonical form) that grows with every release.");
        }
        if (document.NextUpdate <= document.IssuedAt)
        {
            yield return new(ValidityOrder, $"next_update ({document.NextUpdate:O}) is not after issued_at ({document.IssuedAt:O}).");
        }
        if (string.IsNullOrWhiteSpace(document.Issuer.Id))
        {
            yield return new(TrustListErrorCodes.Text, "issuer.id is empty.");
        }
    }
}
