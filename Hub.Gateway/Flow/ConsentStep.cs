using Hub.Adapters.Identity;
using Hub.Gateway.OpenIdProvider.Authorization;
using Hub.Gateway.OpenIdProvider.Subjects;
using Hub.Gateway.Operations.Telemetry;
using Hub.Gateway.Policy;
using Hub.Gateway.Stores.Abstractions;
using Hub.TrustList.Loading;
using Hub.TrustList.Model;

namespace Hub.Gateway.Flow;

/// <summary>
/// Attribute release and consent, after the login: works out what may be shared (release policy), skips the page
/// when a standing consent covers it (unless the RP sent <c>prompt=consent</c>; every claim decided before, with the same purpose texts; declined optional
/// claims stay unreleased), else asks; records every decision in the person's hash-chained consent log, kept under
/// the hub's per-person key and naming the person by the RP's pairwise <c>sub</c>, and ends the flow (approved, or
/// refused: the consent-refused page explains it, then hands access_denied to the RP).
/// </summary>
internal sealed class ConsentStep(
    FlowRepository flows,
    FlowFinisher finisher,
    FlowUrls urls,
    IConsentStore consents,
    ConsentSubject consentSubject,
    PairwiseSubjectCalculator pairwise,
    ITrustListSource trustList,
    ILogger<ConsentStep> logger)
{
    public async Task<FlowNext> AfterLoginAsync(Versioned<FlowState> flow, InternalIdentity identity, CancellationToken cancellationToken)
    {
        using var span = HubTelemetry.Start("hub.consent", flow.Value.FlowId);
        if (RelyingParty(flow.Value) is not { } relyingParty)
        {
            return await RelyingPartyGoneAsync(flow, cancellationToken);
        }
        var claims = ReleasePolicy.ClaimsToShare(relyingParty, flow.Value.ReleasableClaims, identity);
        var grant = await consents.GetAsync(consentSubject.For(identity.ProviderId, identity.ProviderSubject), flow.Value.ClientId, cancellationToken);
        if (!AsksForConsent(flow.Value) && ConsentPolicy.Covers(grant, claims))
        {
            FlowLog.ConsentReused(logger, flow.Value.ClientId);
            var withIdentity = flow.Value with { Identity = identity };
            return finisher.FinishInCallback(flow with { Value = withIdentity },
                new FlowOutcome(true, [.. ConsentPolicy.Released(grant!, claims).Select(c => c.Claim)], grant!.RecordId));
        }
        if (!await flows.TryAdvanceAsync(flow, flow.Value with { Stage = FlowStage.Consenting, Identity = identity, Pending = null }, cancellationToken))
        {
            FlowLog.Refused(logger, "consent", "flow.conflict");
            return FlowNext.Fail(FlowErrorKind.FlowExpired);
        }
        return FlowNext.To(urls.Consent(flow.Value.FlowId));
    }

    /// <summary>
    /// <c>prompt=consent</c> (OIDC Core 3.1.2.1): the RP wants the person asked again, so a standing consent does not
    /// skip the page.
    /// </summary>
    private static bool AsksForConsent(FlowState flow)
        => flow.Parameters.TryGetValue("prompt", out var prompt)
            && prompt.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains("consent", StringComparer.Ordinal);

    /// <summary>What the consent page shows for a flow waiting for consent; null if the flow is not at that stage.</summary>
    public ConsentPrompt? Prompt(FlowState flow)
        => flow is { Stage: FlowStage.Consenting, Identity: { } identity } && RelyingParty(flow) is { } relyingParty
            ? new ConsentPrompt(relyingParty, ReleasePolicy.ClaimsToShare(relyingParty, flow.ReleasableClaims, identity), identity)
            : null;

    public async Task<FlowNext> DecideAsync(Versioned<FlowState> flow, bool approve, IEnumerable<string> selectedOptional, CancellationToken cancellationToken)
    {
        using var span = HubTelemetry.Start("hub.consent", flow.Value.FlowId);
        span?.SetTag("hub.consent.approved", approve);
        if (Prompt(flow.Value) is not { } prompt)
        {
            return flow.Value.Stage == FlowStage.Consenting && RelyingParty(flow.Value) is null
                ? await RelyingPartyGoneAsync(flow, cancellationToken)
                : FlowNext.Fail(FlowErrorKind.FlowExpired);
        }
        var person = consentSubject.For(prompt.Identity.ProviderId, prompt.Identity.ProviderSubject);
        var subject = pairwise.Calculate(prompt.RelyingParty.SectorIdentifier, prompt.Identity.ProviderId, prompt.Identity.ProviderSubject);
        if (!approve)
        {
            var denied = await consents.RecordDecisionAsync(new ConsentDecision(person, subject, flow.Value.ClientId, ConsentAction.Denied,
                [.. prompt.Claims.Select(c => c.Claim)], ConsentPolicy.PurposeVersions(prompt.Claims)), cancellationToken);
            FlowLog.ConsentDecided(logger, flow.Value.ClientId, "denied", prompt.Claims.Count);
            var refused = await finisher.FinishAsync(flow, FlowOutcome.Refused(AuthorizationErrors.AccessDenied, "The person did not consent.") with
            {
                ConsentRecordId = denied.Id,
            }, cancellationToken);
            // The person reads what refusing means first; the page's button then hands access_denied to the RP.
            return refused.Location is null ? refused : FlowNext.FailAndReturn(FlowErrorKind.ConsentRefused, flow.Value.FlowId);
        }
        var approved = ConsentPolicy.Approved(prompt.Claims, selectedOptional);
        var declined = ConsentPolicy.Declined(prompt.Claims, approved);
        var record = await consents.RecordDecisionAsync(new ConsentDecision(person, subject, flow.Value.ClientId, ConsentAction.Granted,
            [.. approved.Select(c => c.Claim)], ConsentPolicy.PurposeVersions(prompt.Claims))
        {
            Declined = [.. declined.Select(c => c.Claim)],
        }, cancellationToken);
        FlowLog.ConsentDecided(logger, flow.Value.ClientId, "granted", approved.Count);
        return await finisher.FinishAsync(flow, new FlowOutcome(true, [.. approved.Select(c => c.Claim)], record.Id), cancellationToken);
    }

    private RelyingPartyEntry? RelyingParty(FlowState flow)
        => trustList.Current?.FindRelyingParty(flow.ClientId) is { Status: EntryStatus.Accredited } relyingParty ? relyingParty : null;

    /// <summary>The RP was suspended mid-flow: nothing is shared; the provider refuses the resumed request anyway.</summary>
    private async Task<FlowNext> RelyingPartyGoneAsync(Versioned<FlowState> flow, CancellationToken cancellationToken)
    {
        FlowLog.Refused(logger, "consent", "flow.client.not_accredited");
        return await finisher.RefuseAsync(flow, AuthorizationErrors.AccessDenied, "The service is no longer accredited.", cancellationToken);
    }
}

/// <summary>The consent question: the RP, the claims with their values and purposes, and the person's identity.</summary>
internal sealed record ConsentPrompt(RelyingPartyEntry RelyingParty, IReadOnlyList<ClaimToShare> Claims, InternalIdentity Identity);
