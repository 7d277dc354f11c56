using System.Globalization;

namespace Hub.Gateway.Operations.Audit;

/// <summary>The parsed arguments of the audit command, or the reason they are unusable.</summary>
internal sealed record AuditArguments(string Verb, string? Redis, string? Out, string Prefix, int Partitions, string? Error)
{
    public static AuditArguments Parse(IReadOnlyList<string> args, string? defaultRedis)
    {
        var verb = args.Count > 0 ? args[0] : string.Empty;
        string? redis = defaultRedis, output = null, prefix = "hub:", partitions = "8";
        for (var i = 1; i < args.Count; i += 2)
        {
            var value = i + 1 < args.Count ? args[i + 1] : null;
            if (value is null)
            {
                return Fail(verb, $"audit: {args[i]} needs a value.");
            }
            switch (args[i])
            {
                case "--redis": redis = value; break;
                case "--out": output = value; break;
                case "--prefix": prefix = value; break;
                case "--partitions": partitions = value; break;
                default: return Fail(verb, $"audit: unknown option {args[i]}.");
            }
        }
        if (verb is not ("export" or "verify"))
        {
            return Fail(verb, "audit: say export or verify.");
        }
        if (string.IsNullOrWhiteSpace(redis))
        {
            return Fail(verb, "audit: set --redis <StackExchange.Redis configuration> (or Redis__Configuration).");
        }
        if (!int.TryParse(partitions, NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count < 1)
        {
            return Fail(verb, "audit: --partitions must be a positive number (the hub's Stores:AuditPartitions).");
        }
        return new AuditArguments(verb, redis, verb == "export" ? output : null, prefix, count, null);
    }

    private static AuditArguments Fail(string verb, string error) => new(verb, null, null, "hub:", 1, error);
}
