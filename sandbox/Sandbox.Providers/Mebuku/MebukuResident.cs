using Hub.TrustList.Model;

namespace Sandbox.Providers.Mebuku;

/// <summary>
/// A Mebuku ID test resident. Attribute values are in Mebuku's formats (<see cref="MebukuAttributes"/>).
/// <see cref="UserNumber"/> is the pseudonymous Mebuku user number, sent as the persistent NameID.
/// </summary>
public sealed record MebukuResident(
    string Username,
    string Password,
    string UserNumber,
    string AuthnContextClassRef,
    string Name,
    string Kana,
    string Birthdate,
    string Gender,
    string Address,
    string LgCode)
{
    public LevelOfAssurance Level => MebukuAuthnContexts.LevelOf(AuthnContextClassRef)
        ?? throw new InvalidOperationException("Unknown class ref " + AuthnContextClassRef);

    /// <summary>The attribute values, keyed by Mebuku attribute name.</summary>
    public IReadOnlyList<(string Name, string Value)> Attributes =>
    [
        (MebukuAttributes.Name, Name), (MebukuAttributes.Kana, Kana), (MebukuAttributes.Birthdate, Birthdate),
        (MebukuAttributes.Gender, Gender), (MebukuAttributes.Address, Address), (MebukuAttributes.LgCode, LgCode),
    ];
}
