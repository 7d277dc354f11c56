using Hub.TrustList.Model;

namespace Hub.Gateway.Flow;

/// <summary>The correlation index is shared by both protocols: each value is namespaced by the protocol that echoes it.</summary>
internal static class CorrelationKey
{
    public static string For(ProviderProtocol protocol, string value)
        => (protocol == ProviderProtocol.Saml2 ? "saml:" : "oidc:") + value;
}
