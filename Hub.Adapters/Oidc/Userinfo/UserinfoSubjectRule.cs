using System.Text.Json;
using Hub.Adapters.Abstractions;
using Hub.Adapters.Oidc.Validation;

namespace Hub.Adapters.Oidc.Userinfo;

/// <summary>OpenID Connect Core 5.3.2: the userinfo <c>sub</c> must equal the ID token's, or the response is discarded.</summary>
internal static class UserinfoSubjectRule
{
    public static AdapterError? Check(JsonElement userinfo, ValidatedIdToken idToken)
    {
        if (!IdTokenClaimRules.TryGetString(userinfo, "sub", out var subject))
        {
            return OidcErrors.Rejected(OidcErrorCodes.UserinfoSubMissing, "The userinfo response has no sub.");
        }
        return string.Equals(subject, idToken.Subject, StringComparison.Ordinal)
            ? null
            : OidcErrors.Rejected(OidcErrorCodes.UserinfoSubMismatch, "The userinfo sub is not the ID token's sub.");
    }
}
