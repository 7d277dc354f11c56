using Hub.Conformance.Metadata;
using Hub.TrustList.Conformance;

namespace Hub.Conformance.Checks.Evaluators;

/// <summary>META-MATCH-01 (the metadata says what the entry pins) and, for OIDC, META-CAP-01.</summary>
internal static class MetadataMatchChecks
{
    public static IEnumerable<ConformanceCheck> Evaluate(Evaluation e)
    {
        if (e.IsSaml)
        {
            yield return Saml(e);
            yield break;
        }
        yield return Oidc(e);
        yield return Capabilities(e);
    }

    private static ConformanceCheck Saml(Evaluation e)
    {
        var check = SamlCatalogue.MetadataMatches;
        if (e.Metadata.Saml is not { } metadata || e.Entry.Saml2 is not { } pinned)
        {
            return check.Skip("the metadata could not be read (see META-DOC-01)");
        }
        var problems = new List<string>();
        if (!metadata.SsoRedirectLocations.Contains(pinned.SingleSignOnServiceUrl))
        {
            problems.Add($"no HTTP-Redirect SingleSignOnService at {pinned.SingleSignOnServiceUrl} (published: {string.Join(", ", metadata.SsoRedirectLocations)})");
        }
        var pinnedCertificates = pinned.SigningCertificates.ToHashSet(StringComparer.Ordinal);
        problems.AddRange(metadata.SigningCertificates.Where(c => !pinnedCertificates.Contains(c))
            .Select(c => $"published {KeyStrength.OfCertificate(c).Description} is not pinned in the entry"));
        if (!metadata.SigningCertificates.Any(pinnedCertificates.Contains))
        {
            problems.Add("none of the pinned certificates is published in the metadata");
        }
        if (metadata.WantAuthnRequestsSigned != pinned.WantAuthnRequestsSigned)
        {
            problems.Add($"WantAuthnRequestsSigned is {metadata.WantAuthnRequestsSigned} in the metadata, {pinned.WantAuthnRequestsSigned} in the entry");
        }
        return check.PassUnless(problems, [$"SSO {pinned.SingleSignOnServiceUrl}", $"{metadata.SigningCertificates.Count} signing certificate(s), all pinned"]);
    }

    private static ConformanceCheck Oidc(Evaluation e)
    {
        var check = OidcCatalogue.MetadataMatches;
        if (e.Metadata.Oidc is not { } discovery || e.Entry.Oidc is not { } pinned)
        {
            return check.Skip("the discovery document could not be read (see META-DOC-01)");
        }
        var problems = new List<string>();
        Same(problems, "authorization_endpoint", pinned.AuthorizationEndpoint, discovery.AuthorizationEndpoint);
        Same(problems, "token_endpoint", pinned.TokenEndpoint, discovery.TokenEndpoint);
        if (pinned.UserinfoEndpoint is { } userinfo)
        {
            Same(problems, "userinfo_endpoint", userinfo, discovery.UserinfoEndpoint);
        }
        problems.AddRange(pinned.IdTokenSigningAlgValues.Where(a => !discovery.IdTokenAlgorithms.Contains(a, StringComparer.Ordinal))
            .Select(a => $"the entry pins {a}, which id_token_signing_alg_values_supported does not list"));
        if (e.Metadata.ServedKeys is { } served)
        {
            var pinnedKeys = pinned.Jwks.Keys.Select(KeyStrength.Thumbprint).OfType<string>().ToHashSet(StringComparer.Ordinal);
            var signing = served.Where(k => k.Use is null or "sig").ToList();
            problems.AddRange(signing.Where(k => KeyStrength.Thumbprint(k) is not { } t || !pinnedKeys.Contains(t))
                .Select(k => $"jwks_uri serves {KeyStrength.OfJwk(k).Description}, which the entry does not pin"));
            if (!signing.Any(k => KeyStrength.Thumbprint(k) is { } t && pinnedKeys.Contains(t)))
            {
                problems.Add("jwks_uri serves none of the pinned keys");
            }
        }
        return check.PassUnless(problems, ["endpoints as pinned", $"algorithms {string.Join(", ", pinned.IdTokenSigningAlgValues)} supported", "served keys are pinned"]);
    }

    private static ConformanceCheck Capabilities(Evaluation e)
    {
        var check = OidcCatalogue.Capabilities;
        if (e.Metadata.Oidc is not { } discovery)
        {
            return check.Skip("the discovery document could not be read (see META-DOC-01)");
        }
        var problems = new List<string>();
        if (!discovery.ResponseTypes.Contains("code"))
        {
            problems.Add("response_types_supported does not list code");
        }
        if (!discovery.CodeChallengeMethods.Contains("S256"))
        {
            problems.Add("code_challenge_methods_supported does not list S256");
        }
        if (!discovery.IssParameterSupported)
        {
            problems.Add("authorization_response_iss_parameter_supported is not true");
        }
        return check.PassUnless(problems, ["code, S256 and the iss parameter are declared"]);
    }

    private static void Same(List<string> problems, string name, Uri pinned, Uri? published)
    {
        if (published != pinned)
        {
            problems.Add($"{name}: the entry pins {pinned}, discovery says {published?.ToString() ?? "nothing"}");
        }
    }
}
