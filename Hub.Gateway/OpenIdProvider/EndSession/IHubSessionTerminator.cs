using Microsoft.AspNetCore.Http;

namespace Hub.Gateway.OpenIdProvider.EndSession;

/// <summary>
/// Ends the person's hub session (if the orchestration keeps one) on RP-initiated logout. The default does nothing:
/// the provider itself keeps no session.
/// </summary>
public interface IHubSessionTerminator
{
    Task EndSessionAsync(HttpContext httpContext, string? clientId, CancellationToken cancellationToken);
}

internal sealed class NoHubSession : IHubSessionTerminator
{
    public Task EndSessionAsync(HttpContext httpContext, string? clientId, CancellationToken cancellationToken) => Task.CompletedTask;
}
