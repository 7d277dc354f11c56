namespace Hub.Gateway.OpenIdProvider.Authorization;

/// <summary>
/// Records that a code was issued, before it is delivered (the orchestration's audit of third-party provision).
/// False when the record could not be written: the code must then not be delivered (fail closed).
/// </summary>
public interface ICodeIssuanceAudit
{
    Task<bool> RecordAsync(HttpContext httpContext, CodeIssuance issuance, CancellationToken cancellationToken);
}

/// <summary>The default without an orchestration: nothing to record.</summary>
internal sealed class NoCodeIssuanceAudit : ICodeIssuanceAudit
{
    public Task<bool> RecordAsync(HttpContext httpContext, CodeIssuance issuance, CancellationToken cancellationToken)
        => Task.FromResult(true);
}
