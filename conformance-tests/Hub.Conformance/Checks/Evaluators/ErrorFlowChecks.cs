using Hub.Conformance.Flows;
using Hub.TrustList.Conformance;

namespace Hub.Conformance.Checks.Evaluators;

/// <summary>
/// ERR-01 (cancel returns the protocol's error), the requests the provider must refuse (SAML-REQ-01..03, OIDC-REQ-01),
/// and the replay attempts of OIDC (OIDC-CODE-01, OIDC-PKCE-01).
/// </summary>
internal static class ErrorFlowChecks
{
    public static IEnumerable<ConformanceCheck> Evaluate(Evaluation e)
    {
        yield return Cancel(e);
        if (e.IsSaml)
        {
            yield return NoAssertion(e, SamlCatalogue.UnsignedRequestRefused);
            yield return NeverThere(e, SamlCatalogue.UnregisteredAcsRefused, "the unregistered ACS URL");
            yield return NoAssertion(e, SamlCatalogue.UnknownSpRefused);
            yield break;
        }
        yield return NeverThere(e, OidcCatalogue.UnregisteredRedirectRefused, "the unregistered redirect_uri");
        yield return CodeReuse(e);
        yield return WrongVerifier(e);
    }

    private static ConformanceCheck Cancel(Evaluation e)
    {
        var check = e.IsSaml ? SamlCatalogue.CancelReturnsError : OidcCatalogue.CancelReturnsError;
        return e.Run.Cancel is not { } login
            ? check.Skip("the cancelled login was not run")
            : FlowOutcome.Judge(check, login, e,
                error => ErrorPool.IsExpectedCancel(error, e.Protocol),
                _ => null,
                succeeded: "the cancelled login was answered as a successful login",
                passed: error => $"cancel answered with {error.Code} ({error.Kind})",
                notBack: "after cancel the provider did not send the browser back to the hub");
    }

    /// <summary>Refused means: no assertion the hub (configured as the request claimed) would accept.</summary>
    private static ConformanceCheck NoAssertion(Evaluation e, CheckDefinition check)
    {
        if (!e.Run.Refusals.TryGetValue(check.Id, out var login) || login.BeginError is not null)
        {
            return check.Skip("the request could not be sent");
        }
        if (login.Succeeded)
        {
            return check.Fail([$"{login.Label}: the provider answered with an assertion the hub accepts"]);
        }
        return check.Pass([login.Completion?.Error is { } error ? $"{login.Label}: answered with an error ({error.Code})" : $"{login.Label}: refused ({login.Attempt?.Trace})"]);
    }

    /// <summary>Refused means: the browser is never sent to the unregistered address, not even with an error (RFC 6749 §3.1.2.4).</summary>
    private static ConformanceCheck NeverThere(Evaluation e, CheckDefinition check, string where)
    {
        if (!e.Run.Refusals.TryGetValue(check.Id, out var login) || login.BeginError is not null)
        {
            return check.Skip("the request could not be sent");
        }
        return login.ReachedHub
            ? check.Fail([$"{login.Label}: the provider sent the browser to {where}" + (login.Succeeded ? " with an answer the hub accepts" : "")])
            : check.Pass([$"{login.Label}: refused ({login.Attempt?.Trace})"]);
    }

    private static ConformanceCheck CodeReuse(Evaluation e)
    {
        var check = OidcCatalogue.CodeReuseRefused;
        if (e.Run.CodeReuse is not { Completion: { IdTokens.Count: > 0 } } || e.Run.CodeReplay is not { } replay)
        {
            return check.Skip("the first redemption of the code returned no tokens, so a second one proves nothing");
        }
        if (replay.Error is not { } error)
        {
            return check.Fail(["the token endpoint redeemed a code that was already redeemed, and the hub accepted the result"]);
        }
        if (ErrorPool.IsTokenRefusal(error))
        {
            return check.Pass([$"second redemption refused ({error.Code})"]);
        }
        if (replay.IdTokens.Count > 0)
        {
            return check.Fail([$"the token endpoint issued tokens for a code already redeemed (the hub then rejected them: {error.Code})"]);
        }
        return e.Pool.IsOwned(error) ? check.Skip(FlowOutcome.JudgedElsewhere(error)) : check.Fail([$"code reuse: {error.Code} ({error.Message})"]);
    }

    private static ConformanceCheck WrongVerifier(Evaluation e)
    {
        var check = OidcCatalogue.WrongVerifierRefused;
        if (e.Run.WrongVerifier is not { } login)
        {
            return check.Skip("the flow was not run");
        }
        if (login.Completion is { Error: { } error, IdTokens.Count: > 0 } && !ErrorPool.IsTokenRefusal(error))
        {
            return check.Fail([$"the token endpoint issued tokens for a wrong code_verifier (the hub then rejected them: {error.Code})"]);
        }
        return FlowOutcome.Judge(check, login, e,
            ErrorPool.IsTokenRefusal,
            _ => null,
            succeeded: "the token endpoint redeemed the code with a wrong code_verifier",
            passed: error => $"wrong code_verifier refused ({error.Code})",
            notBack: "the login did not come back with a code, so the verifier could not be tried");
    }
}
