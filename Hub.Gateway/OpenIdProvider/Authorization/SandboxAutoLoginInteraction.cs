using System.Globalization;
using Hub.Adapters.Identity;
using Hub.Gateway.OpenIdProvider.Logging;
using Hub.Gateway.OpenIdProvider.Options;
using Hub.TrustList.Model;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Hub.Gateway.OpenIdProvider.Authorization;

/// <summary>
/// Sandbox only (opt-in with <c>Hub:OpenIdProvider:AutoLogin:Enabled</c>, refused at start outside demo or
/// Development): approves every request at once for one configured sandbox person, consenting to every claim the
/// RP may and did request. For trying the provider without the orchestration; never a production path.
/// </summary>
internal sealed class SandboxAutoLoginInteraction : IAuthorizationInteraction
{
    private readonly SandboxAutoLoginSettings _settings;
    private readonly TimeProvider _time;

    public SandboxAutoLoginInteraction(IOptions<HubOpenIdProviderOptions> options, TimeProvider time, ILogger<SandboxAutoLoginInteraction> logger)
    {
        _settings = options.Value.OpenIdProvider.AutoLogin;
        _time = time;
        OpenIdProviderLog.SandboxAutoLoginEnabled(logger);
    }

    public Task<AuthorizationDecision> BeginAsync(ValidatedAuthorizationRequest request, HttpContext httpContext, CancellationToken cancellationToken)
    {
        var level = Enum.TryParse<LevelOfAssurance>(_settings.Loa, ignoreCase: true, out var parsed) ? parsed : LevelOfAssurance.C;
        var identity = new InternalIdentity(
            _settings.ProviderId, BrandId: null, _settings.Subject, level, level, _time.GetUtcNow(), ["pwd"],
            new CommonAttributes
            {
                Name = _settings.Name,
                Birthdate = DateOnly.TryParseExact(_settings.Birthdate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var birthdate) ? birthdate : null,
            },
            []);
        return Task.FromResult<AuthorizationDecision>(new AuthorizationDecision.Approve(identity, request.ReleasableClaims));
    }

    public Task<AuthorizationResumption?> ResumeAsync(string flowReference, HttpContext httpContext, CancellationToken cancellationToken)
        => Task.FromResult<AuthorizationResumption?>(null);
}
