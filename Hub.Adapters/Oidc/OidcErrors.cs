using Hub.Adapters.Abstractions;

namespace Hub.Adapters.Oidc;

/// <summary>Shorthands for the adapter's typed errors.</summary>
internal static class OidcErrors
{
    public static AdapterError Rejected(string code, string message) => new(code, message, AdapterErrorKind.Rejected);

    public static AdapterError Unavailable(string message)
        => new(OidcErrorCodes.ProviderUnavailable, message, AdapterErrorKind.Unavailable);
}
