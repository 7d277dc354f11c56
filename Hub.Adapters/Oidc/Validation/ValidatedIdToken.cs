using System.Text.Json;

namespace Hub.Adapters.Oidc.Validation;

/// <summary>
/// An ID token that passed every check. Only <see cref="IdTokenValidator"/> creates one, so code that takes this
/// type cannot see an unchecked token. <see cref="Claims"/> is the payload object.
/// </summary>
internal sealed class ValidatedIdToken
{
    internal ValidatedIdToken(string subject, JsonElement claims)
    {
        Subject = subject;
        Claims = claims;
    }

    public string Subject { get; }

    public JsonElement Claims { get; }
}
