using Hub.Adapters.Mapping.Loading;
using Hub.Conformance.Candidates;
using Hub.Conformance.Flows;
using Hub.Conformance.Metadata;
using Hub.TrustList.Model;

namespace Hub.Conformance.Checks;

/// <summary>Everything the checks judge from: the candidate, its draft list, its metadata, the logins and their rejections.</summary>
internal sealed record Evaluation(
    Candidate Candidate,
    TrustListDocument Document,
    MetadataEvidence Metadata,
    RunEvidence Run,
    ErrorPool Pool,
    IMappingProfileStore Profiles)
{
    public ProviderProtocol Protocol => Candidate.Protocol;

    public bool IsSaml => Protocol == ProviderProtocol.Saml2;

    public IdentityProviderEntry Entry => Candidate.Entry;

    /// <summary>Why a login-based check cannot judge: no normal login was accepted by the hub.</summary>
    public const string NoLogin = "no normal login was accepted by the hub, so there is nothing to judge (see the failed checks)";
}
