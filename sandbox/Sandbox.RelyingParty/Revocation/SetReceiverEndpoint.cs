using System.Net.Http.Headers;
using Sandbox.RelyingParty.Common;

namespace Sandbox.RelyingParty.Revocation;

/// <summary>
/// <c>POST /consent-revoked</c>: the push delivery endpoint of RFC 8935 for the hub's consent revocations.
/// 202 when the SET is accepted; 400 with <c>{"err","description"}</c> (§2.4) when it is not; 503 when the hub's
/// keys cannot be read just now (the hub retries).
/// </summary>
internal sealed class SetReceiverEndpoint(SetValidator validator, RevocationLog log, DemoRelyingPartyOptions options, ILogger<SetReceiverEndpoint> logger)
{
    public const string Path = "/consent-revoked";
    public const string MediaType = "application/secevent+jwt";

    public async Task<IResult> HandleAsync(HttpContext context)
    {
        if (!MediaTypeHeaderValue.TryParse(context.Request.ContentType, out var contentType)
            || !string.Equals(contentType.MediaType, MediaType, StringComparison.OrdinalIgnoreCase))
        {
            return Reject(SetError.Request("The Content-Type must be application/secevent+jwt."));
        }
        using var reader = new StreamReader(context.Request.Body);
        var body = (await reader.ReadToEndAsync(context.RequestAborted).ConfigureAwait(false)).Trim();
        Hub.TrustList.Common.Result<ValidatedSet, SetError> result;
        try
        {
            result = await validator.ValidateAsync(body, context.RequestAborted).ConfigureAwait(false);
        }
        catch (Exception e) when (e is InvalidOperationException or HttpRequestException)
        {
            RpLog.HubConfigurationUnavailable(logger, e);
            context.Response.Headers.RetryAfter = "30";
            return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        }
        if (!result.IsSuccess)
        {
            return Reject(result.Error!);
        }
        var set = result.Value;
        log.Add(new ReceivedRevocation(set.Jti, set.Issuer, set.Subject, set.IssuedAt, options.TimeProvider.GetUtcNow(), set.EventTypes, set.Events));
        RpLog.SetAccepted(logger, set.Jti);
        return Results.StatusCode(StatusCodes.Status202Accepted);
    }

    private IResult Reject(SetError error)
    {
        RpLog.SetRejected(logger, error.Err, error.Description);
        return Results.Json(new { err = error.Err, description = error.Description }, statusCode: StatusCodes.Status400BadRequest);
    }
}
