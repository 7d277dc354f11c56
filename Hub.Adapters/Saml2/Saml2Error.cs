using Hub.Adapters.Abstractions;

namespace Hub.Adapters.Saml2;

internal static class Saml2Error
{
    public static AdapterError Reject(string code, string message) => new(code, message, AdapterErrorKind.Rejected);
}
