using Hub.Gateway.OpenIdProvider.Authorization;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Hub.Gateway.OpenIdProvider.ClientAuthentication;

/// <summary>Every failed client authentication is <c>invalid_client</c> to the RP; the code says why.</summary>
internal static class ClientAuthenticationErrors
{
    public static OpenIdError Invalid(string code, string description) => new(Errors.InvalidClient, code, description);
}
