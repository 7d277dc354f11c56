using Hub.Adapters.Abstractions;
using Hub.Adapters.Saml2.Metadata;
using Hub.Gateway.OpenIdProvider.Authorization;
using Hub.TrustList.Common;
using Hub.TrustList.Model;
using Microsoft.AspNetCore.Http.Extensions;

namespace Hub.Gateway.Flow;

/// <summary>
/// The provider-facing endpoints: the SAML ACS (HTTP-POST), the OIDC redirect URI and the SAML SP metadata.
/// </summary>
internal static class FlowEndpoints
{
    /// <summary>Marks a SAML Response re-posted by the hub's own page (see <see cref="SamlAcsAsync"/>).</summary>
    public const string ResubmitField = "hub_resubmit";

    public static IEndpointRouteBuilder MapFlowEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/" + FlowPaths.SamlAcs, SamlAcsAsync).DisableAntiforgery();
        endpoints.MapGet("/" + FlowPaths.OidcCallback, OidcCallbackAsync);
        endpoints.MapGet("/" + FlowPaths.SamlMetadata, (Saml2SpMetadataGenerator metadata)
            => Results.Text(metadata.Generate(), "application/samlmetadata+xml", System.Text.Encoding.UTF8));
        return endpoints;
    }

    /// <summary>
    /// A SAML Response arrives by a cross-site POST, which does not carry SameSite=Lax cookies in production. When no
    /// flow cookie came, the hub posts the same fields to itself from its own page (a same-site POST, which carries
    /// them) once; the Response is only read on that second arrival.
    /// </summary>
    private static async Task<IResult> SamlAcsAsync(
        HttpContext context, FlowBrowserBinding binding, ProviderCallbackHandler handler, FlowUrls urls, ISecureRandom random,
        AuthorizationCompletion completion, FlowFinisher finisher)
    {
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var fields = form.Where(f => f.Value.Count == 1).ToDictionary(f => f.Key, f => f.Value.ToString(), StringComparer.Ordinal);
        if (!binding.CarriesAny(context) && !fields.ContainsKey(ResubmitField))
        {
            return SelfPostPage.Render(context, random, context.Request.GetEncodedUrl(), fields.Append(new(ResubmitField, "1")));
        }
        fields.Remove(ResubmitField);
        var callback = new ProviderCallback("POST", new Uri(context.Request.GetEncodedUrl()), Query(context), fields);
        return await RespondAsync(context, urls, completion, finisher, await handler.HandleAsync(ProviderProtocol.Saml2, callback, context, context.RequestAborted));
    }

    private static async Task<IResult> OidcCallbackAsync(
        HttpContext context, ProviderCallbackHandler handler, FlowUrls urls, AuthorizationCompletion completion, FlowFinisher finisher)
    {
        var callback = new ProviderCallback("GET", new Uri(context.Request.GetEncodedUrl()), Query(context), new Dictionary<string, string>());
        return await RespondAsync(context, urls, completion, finisher, await handler.HandleAsync(ProviderProtocol.Oidc, callback, context, context.RequestAborted));
    }

    /// <summary>
    /// A decided flow is completed in this request (no redirect to the completion URL); any other step redirects. A
    /// flow decided but not stored yet (<see cref="FlowNext.UnstoredFrom"/>) whose completion did not run is stored
    /// before the redirect.
    /// </summary>
    private static async Task<IResult> RespondAsync(HttpContext context, FlowUrls urls, AuthorizationCompletion completion, FlowFinisher finisher, FlowNext next)
    {
        if (next is { Completed: { } finished, Location: { } location })
        {
            FinishedFlowHandover.Offer(context, finished, next.UnstoredFrom);
            if (await completion.RunAsync(context, new Uri(location), finished.FlowId, finished.Parameters) is { } completed)
            {
                return completed;
            }
            if (!await finisher.StoreIfNotTakenAsync(context, finished.FlowId, context.RequestAborted))
            {
                return Respond(context, urls, FlowNext.Fail(FlowErrorKind.FlowExpired));
            }
        }
        return Respond(context, urls, next);
    }

    public static IResult Respond(HttpContext context, FlowUrls urls, FlowNext next)
    {
        context.Response.Headers.Location = next.Location ?? urls.Error(next.Error!.Value, context.TraceIdentifier);
        return Results.StatusCode(StatusCodes.Status303SeeOther);
    }

    /// <summary>Single-valued parameters only: a repeated parameter is dropped, and the adapter then refuses the answer.</summary>
    private static Dictionary<string, string> Query(HttpContext context)
        => context.Request.Query.Where(q => q.Value.Count == 1).ToDictionary(q => q.Key, q => q.Value.ToString(), StringComparer.Ordinal);
}
