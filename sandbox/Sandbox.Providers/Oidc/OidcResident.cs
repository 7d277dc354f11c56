using Hub.TrustList.Model;

namespace Sandbox.Providers.Oidc;

/// <summary>
/// A test resident of a sandbox OpenID provider. <see cref="Claims"/> are in the provider's own names and formats;
/// values are strings, booleans, or (for <c>address</c>) a string map. <see cref="Subject"/> is the provider's sub.
/// </summary>
public sealed record OidcResident(
    string Username,
    string Password,
    string Subject,
    string Acr,
    IReadOnlyList<string> Amr,
    LevelOfAssurance Level,
    string Description,
    IReadOnlyDictionary<string, object> Claims);
