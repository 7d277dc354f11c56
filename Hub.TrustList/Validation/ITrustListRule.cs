using Hub.TrustList.Model;
using Hub.TrustList.Verification;

namespace Hub.TrustList.Validation;

/// <summary>One structural concern of a trust list. A rule yields every violation it finds, each with its own code.</summary>
internal interface ITrustListRule
{
    IEnumerable<TrustListError> Check(TrustListDocument document);
}
