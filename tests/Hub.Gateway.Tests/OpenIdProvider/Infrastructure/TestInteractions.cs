using System.Collections.Concurrent;
using Hub.Adapters.Identity;
using Hub.Gateway.OpenIdProvider.Authorization;
using Microsoft.AspNetCore.Http;

namespace Hub.Gateway.Tests.OpenIdProvider.Infrastructure;

/// <summary>
/// Test-only interaction: approves at once for a fixed identity (consenting to what <see cref="Consent"/> picks,
/// by default everything releasable), or rejects with <see cref="RejectWith"/>. With <see cref="Deferred"/> it keeps
/// the flow and sends the browser to the completion endpoint instead, as the orchestration will.
/// </summary>
public sealed class TestInteraction(TimeProvider time) : IAuthorizationInteraction
{
    private readonly ConcurrentDictionary<string, AuthorizationResumption> _flows = new(StringComparer.Ordinal);

    public Func<DateTimeOffset, InternalIdentity> Identity { get; set; } = now => TestIdentities.MaebashiResident(now);

    public Func<ValidatedAuthorizationRequest, IReadOnlySet<string>> Consent { get; set; } = request => request.ReleasableClaims;

    public string? RejectWith { get; set; }

    public bool Deferred { get; set; }

    public List<ValidatedAuthorizationRequest> Requests { get; } = [];

    public Task<AuthorizationDecision> BeginAsync(ValidatedAuthorizationRequest request, HttpContext httpContext, CancellationToken cancellationToken)
    {
        Requests.Add(request);
        var decision = Decide(request);
        if (!Deferred)
        {
            return Task.FromResult(decision);
        }
        var flow = Guid.NewGuid().ToString("N");
        _flows[flow] = new AuthorizationResumption(request.Parameters, decision);
        return Task.FromResult<AuthorizationDecision>(new AuthorizationDecision.Interact(
            Results.Redirect($"/{OpenIdProviderEndpoints.AuthorizeComplete}?{OpenIdProviderEndpoints.FlowParameter}={flow}")));
    }

    public Task<AuthorizationResumption?> ResumeAsync(string flowReference, HttpContext httpContext, CancellationToken cancellationToken)
        => Task.FromResult(_flows.TryRemove(flowReference, out var resumption) ? resumption : null);

    private AuthorizationDecision Decide(ValidatedAuthorizationRequest request)
        => RejectWith is { } error
            ? new AuthorizationDecision.Reject(error, "rejected by the test")
            : new AuthorizationDecision.Approve(Identity(time.GetUtcNow()), Consent(request));
}
