using Hub.TrustList.Model;

namespace Hub.Adapters.Saml2.Requests;

/// <summary>
/// AuthnContextClassRef URIs of the hub's own namespace for the levels A, B and C (<c>urn:jp:regional-id:loa:*</c>).
/// The hub sends the required level with Comparison="minimum". Level D asks for nothing, so no
/// RequestedAuthnContext is sent. Reading the evidence in a Response is the assurance mapper's job.
/// </summary>
public static class LoaAuthnContextClass
{
    public const string Prefix = "urn:jp:regional-id:loa:";
    public const string A = Prefix + "A";
    public const string B = Prefix + "B";
    public const string C = Prefix + "C";

    /// <summary>The class reference to request, or null for level D.</summary>
    public static string? For(LevelOfAssurance level) => level switch
    {
        LevelOfAssurance.A => A,
        LevelOfAssurance.B => B,
        LevelOfAssurance.C => C,
        _ => null,
    };

    public static bool TryParse(string? classRef, out LevelOfAssurance level)
    {
        (var found, level) = classRef switch
        {
            A => (true, LevelOfAssurance.A),
            B => (true, LevelOfAssurance.B),
            C => (true, LevelOfAssurance.C),
            _ => (false, LevelOfAssurance.D),
        };
        return found;
    }
}
