using System.Text;
using Hub.Adapters.Identity;
using Hub.Gateway.Tests.EndToEnd.Infrastructure;
using Hub.TrustList.Lookup;
using Hub.TrustList.Model;

namespace Hub.Gateway.Tests.Policy;

/// <summary>The committed demo trust list as a snapshot, and identities, for the policy steps.</summary>
internal static class PolicyFixtures
{
    public static TrustListDocument Document { get; } = SignedTrustListFile.ReadCommitted();

    public static TrustListSnapshot Snapshot(Func<TrustListDocument, TrustListDocument>? change = null)
        => new(change is null ? Document : change(Document), Encoding.UTF8.GetBytes("{}"));

    public static RelyingPartyEntry Osaka => Document.RelyingParties.Single(r => r.ClientId == "osaka-kosodate");

    public static InternalIdentity Identity(LevelOfAssurance level = LevelOfAssurance.B, CommonAttributes? attributes = null) => new(
        "mebuku", null, "MBK-1", level, level, DateTimeOffset.UnixEpoch, ["hwk"],
        attributes ?? new CommonAttributes { Name = "前橋 太郎", Birthdate = new DateOnly(1990, 1, 15), ResidentOf = ["102016", "100005"], AgeOver18 = true, Gender = "male" },
        []);
}
