using System.Text;

namespace Hub.Gateway.Demo;

/// <summary>What the demo prints once everything runs: what to open first, and where each part listens.</summary>
internal static class DemoBanner
{
    public static string Text(DemoFederation federation)
    {
        var text = new StringBuilder();
        text.AppendLine();
        text.AppendLine("Regional ID Federation Hub — demo (sandbox keys and residents: demo only)");
        text.AppendLine();
        if (federation.RelyingPartyUrl is { } rp)
        {
            text.AppendLine($"  Open the Osaka demo service:  {rp}");
            text.AppendLine("  Sign in, choose めぶくID (Mebuku ID), log in as taro / taro-demo, and agree on the consent page.");
        }
        else
        {
            text.AppendLine("  The demo relying party is not part of this build; point an OIDC client at the hub's discovery document.");
        }
        text.AppendLine();
        text.AppendLine($"  Hub (issuer):               {federation.HubUrl}");
        text.AppendLine($"  Discovery:                  {federation.HubUrl}.well-known/openid-configuration");
        foreach (var provider in federation.Providers)
        {
            text.AppendLine($"  Sandbox provider {provider.Name,-12} {provider.BaseUrl}");
        }
        text.AppendLine($"  Demo trust list (re-signed): {federation.TrustListPath}");
        text.AppendLine();
        text.AppendLine("Press Ctrl+C to stop.");
        return text.ToString();
    }
}
