using Hub.Conformance.Metadata;
using Hub.TrustList.Conformance;
using Hub.TrustList.Validation;
using Hub.TrustList.Verification;

namespace Hub.Conformance.Checks.Evaluators;

/// <summary>META-ENTRY-01, META-DOC-01, META-ISS-01 and META-KEY-01: the entry and the metadata as documents.</summary>
internal static class MetadataChecks
{
    /// <summary>Validator codes judged elsewhere: keys by META-KEY-01, endpoints by META-TLS-01.</summary>
    private static readonly HashSet<string> JudgedElsewhere =
        [TrustListErrorCodes.Certificate, TrustListErrorCodes.PublicKey, TrustListErrorCodes.Endpoint];

    public static IEnumerable<ConformanceCheck> Evaluate(Evaluation e)
    {
        var errors = TrustListValidator.Validate(e.Document);
        var entryProblems = errors.Where(x => !JudgedElsewhere.Contains(x.Code)).Select(x => x.ToString()).ToList();
        yield return CommonCatalogue.EntryValid.PassUnless(entryProblems, [$"entry {e.Entry.Id} ({e.Candidate.Draft.Digest}) is structurally valid"]);

        var wellFormed = e.IsSaml ? SamlCatalogue.MetadataWellFormed : OidcCatalogue.MetadataWellFormed;
        var metadata = e.Metadata;
        var documentProblems = new List<string>(e.Pool.For(wellFormed));
        if (metadata.Problem is { } problem)
        {
            documentProblems.Add($"{metadata.Url}: {problem}");
        }
        if (metadata.KeysProblem is { } keysProblem)
        {
            documentProblems.Add($"jwks_uri: {keysProblem}");
        }
        yield return wellFormed.PassUnless(documentProblems, [$"{metadata.Url}: well formed"]);

        yield return Issuer(e);
        yield return Keys(e, errors);
    }

    private static ConformanceCheck Issuer(Evaluation e)
    {
        var check = e.IsSaml ? SamlCatalogue.IssuerMatches : OidcCatalogue.IssuerMatches;
        var (published, pinned) = e.IsSaml
            ? (e.Metadata.Saml?.EntityId, e.Entry.Saml2?.EntityId)
            : (e.Metadata.Oidc?.Issuer, e.Entry.Oidc?.Issuer);
        if (published is null)
        {
            return e.Pool.For(check) is { Count: > 0 } owned ? check.Fail(owned) : check.Skip("the metadata could not be read (see META-DOC-01)");
        }
        var problems = e.Pool.For(check).ToList();
        if (!string.Equals(published, pinned, StringComparison.Ordinal))
        {
            problems.Add($"the metadata names '{published}', the entry pins '{pinned}'");
        }
        return check.PassUnless(problems, [$"'{published}' in both"]);
    }

    private static ConformanceCheck Keys(Evaluation e, IReadOnlyList<TrustListError> validatorErrors)
    {
        var judged = new List<(string Description, string? Problem)>();
        if (e.Entry.Saml2 is { } saml)
        {
            judged.AddRange(saml.SigningCertificates.Select(c => Label("pinned", KeyStrength.OfCertificate(c))));
        }
        if (e.Entry.Oidc is { } oidc)
        {
            judged.AddRange(oidc.Jwks.Keys.Select(k => Label("pinned", KeyStrength.OfJwk(k))));
        }
        judged.AddRange((e.Metadata.Saml?.SigningCertificates ?? []).Select(c => Label("published", KeyStrength.OfCertificate(c))));
        judged.AddRange((e.Metadata.ServedKeys ?? []).Select(k => Label("published", KeyStrength.OfJwk(k))));
        var problems = judged.Select(j => j.Problem).OfType<string>()
            .Concat(validatorErrors.Where(x => x.Code is TrustListErrorCodes.Certificate or TrustListErrorCodes.PublicKey).Select(x => x.ToString()))
            .ToList();
        if (judged.Count == 0)
        {
            problems.Add("the entry pins no key");
        }
        return CommonCatalogue.KeysAllowed.PassUnless(problems, judged.Select(j => j.Description));
    }

    private static (string, string?) Label(string where, (string Description, string? Problem) key)
        => ($"{where} {key.Description}", key.Problem is null ? null : $"{where} {key.Problem}");
}
