using Hub.TrustList.Model;

namespace Sandbox.Providers.Common;

/// <summary>
/// The hub's own level URIs (<c>urn:jp:regional-id:loa:A</c> .. <c>D</c>), which the hub may put in a
/// RequestedAuthnContext or acr_values. The sandbox providers understand them in requests; they answer with
/// their own context values.
/// </summary>
internal static class HubLevels
{
    public const string Prefix = "urn:jp:regional-id:loa:";

    public static LevelOfAssurance? LevelOf(string uri) => uri switch
    {
        Prefix + "A" => LevelOfAssurance.A,
        Prefix + "B" => LevelOfAssurance.B,
        Prefix + "C" => LevelOfAssurance.C,
        Prefix + "D" => LevelOfAssurance.D,
        _ => null,
    };
}
