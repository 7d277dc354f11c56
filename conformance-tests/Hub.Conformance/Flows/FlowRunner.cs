using Hub.Adapters.Abstractions;
using Hub.Conformance.Browser;
using Hub.Conformance.Candidates;
using Hub.Conformance.Harness;
using Hub.TrustList.Model;

namespace Hub.Conformance.Flows;

/// <summary>
/// Runs one login end to end: the hub's adapter begins it, the login driver plays the browser, the adapter completes
/// it. Each completion gets its own <see cref="FlowRecord"/> (and replay-cache scope).
/// </summary>
internal sealed class FlowRunner(ILoginDriver driver, Candidate candidate, TimeProvider time)
{
    /// <summary>The hub's callback as the candidate registered it.</summary>
    public Uri Callback => candidate.Saml2?.AcsUrl ?? candidate.Oidc!.RedirectUri;

    public async Task<LoginRecord> LoginAsync(LoginSpec spec, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        var callbackUrl = spec.CallbackUrl ?? Callback;
        var context = new AuthenticationRequestContext(candidate.Entry.Id, null, spec.Level, callbackUrl, spec.Label);
        var begun = await spec.Hub.Adapter.BeginAsync(context, cancellationToken).ConfigureAwait(false);
        if (!begun.IsSuccess)
        {
            return new LoginRecord(spec.Label, spec.Account, begun.Error, null, null, time.GetElapsedTime(started));
        }
        var start = spec.RewriteStart?.Invoke(begun.Value.RedirectUrl) ?? begun.Value.RedirectUrl;
        var attempt = await driver.RunAsync(start, new CallbackTarget(spec.Target ?? callbackUrl), spec.Account, spec.Action, cancellationToken)
            .ConfigureAwait(false);
        Completion? completion = null;
        if (attempt.Callback is { } callback)
        {
            var pending = spec.AlterPending?.Invoke(begun.Value.Pending) ?? begun.Value.Pending;
            completion = await CompleteAsync(spec.Label, spec.Hub, callback, pending, cancellationToken).ConfigureAwait(false);
        }
        return new LoginRecord(spec.Label, spec.Account, null, attempt, completion, time.GetElapsedTime(started)) { Pending = begun.Value.Pending };
    }

    public static async Task<Completion> CompleteAsync(
        string label, HubHarness hub, ProviderCallback callback, PendingAuthentication pending, CancellationToken cancellationToken)
    {
        var flow = new FlowRecord(label);
        using (FlowContext.Enter(flow))
        {
            var result = await hub.Adapter.CompleteAsync(callback, pending, cancellationToken).ConfigureAwait(false);
            return new Completion(result, flow.Assertion, flow.IdTokens);
        }
    }
}

/// <summary>What to run: who logs in, what they do, the level asked for, and the deliberate deviations of the flow.</summary>
/// <param name="CallbackUrl">The callback the hub names in its request (default: the registered one).</param>
/// <param name="Target">Where the browser stops (default: <paramref name="CallbackUrl"/>).</param>
/// <param name="RewriteStart">Changes the request URL before the browser follows it (e.g. drops the signature).</param>
/// <param name="AlterPending">Changes what the hub remembers before it completes (e.g. another PKCE verifier).</param>
internal sealed record LoginSpec(
    string Label,
    HubHarness Hub,
    TestAccount Account,
    LoginAction Action,
    LevelOfAssurance Level,
    Uri? CallbackUrl = null,
    Uri? Target = null,
    Func<Uri, Uri>? RewriteStart = null,
    Func<PendingAuthentication, PendingAuthentication>? AlterPending = null);
