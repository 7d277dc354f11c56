using System.Text.Json;
using Hub.Gateway.Stores.Abstractions;

namespace Hub.Gateway.Consents.Dashboard;

/// <summary>
/// <c>GET /consents/records.json</c>: the signed-in person's consent records, oldest first, as stored (each with its
/// sequence, the service's pairwise subject for the person, action, claims granted and declined, purpose versions,
/// time and the hash chaining it to the one before), and whether the chain verifies. The hub's per-person lookup key
/// is not part of it: a record names the person only as each service knows them. 401 without a dashboard session. Downloaded as a file, never cached.
/// </summary>
internal static class ConsentRecordsEndpoint
{
    public const string Path = "/consents/records.json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static IEndpointRouteBuilder MapConsentRecords(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Path, HandleAsync);
        return endpoints;
    }

    private static async Task<IResult> HandleAsync(HttpContext context, DashboardSession session, IConsentStore consents)
    {
        context.Response.Headers.CacheControl = "no-store";
        if (session.Current(context) is not { } person)
        {
            return Results.Unauthorized();
        }
        var records = await consents.ReadRecordsAsync(person.ConsentSubject, context.RequestAborted);
        var chain = await consents.VerifyRecordsAsync(person.ConsentSubject, context.RequestAborted);
        context.Response.Headers.ContentDisposition = "attachment; filename=\"consent-records.json\"";
        return Results.Json(new ConsentRecordsDocument(chain.IsIntact, records), Json);
    }
}

/// <summary>The downloaded document: whether the hash chain verifies, and the records.</summary>
internal sealed record ConsentRecordsDocument(bool ChainIntact, IReadOnlyList<ConsentRecord> Records);
