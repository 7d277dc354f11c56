using Hub.Bench.Load.Browsing;
using Hub.Bench.Load.Flow;

namespace Hub.Bench.Load.Running;

/// <summary>What the generator drives: the hub (issuer and instances), the RP's key, and the residents to play.</summary>
public sealed record LoadTarget(Uri Issuer, IReadOnlyList<Uri> Instances, string RelyingPartyKeyPath, IReadOnlyList<Resident> Residents)
{
    public HubRouter CreateRouter() => new(Issuer, Instances);
}
