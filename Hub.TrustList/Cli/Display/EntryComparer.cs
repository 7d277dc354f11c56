using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Hub.TrustList.Model;
using Hub.TrustList.Serialization;

namespace Hub.TrustList.Cli.Display;

/// <summary>
/// What changed in one entry between two releases: status (appended history), assurance level, pinned keys, and
/// the names of any other members that differ.
/// </summary>
internal static class EntryComparer
{
    /// <summary>Members reported on their own (or by their own section) rather than in the list of changed members.</summary>
    private static readonly HashSet<string> Special = new(StringComparer.Ordinal)
    {
        "status", "status_history", "brands", "max_loa", "min_loa",
        "saml2.signing_certificates", "oidc.jwks", "client_authentication.jwks", "client_authentication.client_secret_sha256",
    };

    public static IEnumerable<string> Compare<T>(T before, T after, IReadOnlyList<StatusChange> historyBefore, IReadOnlyList<StatusChange> historyAfter, Labels l)
    {
        foreach (var line in Statuses(historyBefore, historyAfter, l))
        {
            yield return line;
        }
        var old = Json(before);
        var now = Json(after);
        foreach (var level in new[] { "max_loa", "min_loa" })
        {
            if (Text(old[level]) != Text(now[level]))
            {
                yield return $"{(level == "max_loa" ? l.MaxLoa : l.MinLoa)} {Text(old[level])} → {Text(now[level])}";
            }
        }
        var keysBefore = Keys(old);
        var keysAfter = Keys(now);
        var addedKeys = keysAfter.Except(keysBefore).ToList();
        var removedKeys = keysBefore.Except(keysAfter).ToList();
        if (addedKeys.Count + removedKeys.Count > 0)
        {
            yield return $"{l.Keys} " + string.Join(" ", addedKeys.Select(k => "+" + k).Concat(removedKeys.Select(k => "-" + k)));
        }
        var members = ChangedMembers(old, now).ToList();
        if (members.Count > 0)
        {
            yield return $"{l.Members}: {string.Join(", ", members)}";
        }
    }

    private static IEnumerable<string> Statuses(IReadOnlyList<StatusChange> before, IReadOnlyList<StatusChange> after, Labels l)
    {
        if (after.Count < before.Count || !before.SequenceEqual(after.Take(before.Count)))
        {
            yield return l.HistoryRewritten;
            yield break;
        }
        var previous = before.Count == 0 ? null : before[^1];
        foreach (var change in after.Skip(before.Count))
        {
            var from = previous is null ? "" : l.Of(previous.Status) + " → ";
            yield return $"{l.Status} {from}{l.Of(change.Status)} ({InstantParser.Format(change.Since)}, {l.Reason}: {change.Reason})";
            previous = change;
        }
    }

    private static IEnumerable<string> ChangedMembers(JsonObject before, JsonObject after, string prefix = "")
    {
        foreach (var name in before.Select(m => m.Key).Union(after.Select(m => m.Key)).Order(StringComparer.Ordinal))
        {
            var path = prefix + name;
            if (Special.Contains(path) || JsonNode.DeepEquals(before[name], after[name]))
            {
                continue;
            }
            if (before[name] is JsonObject innerBefore && after[name] is JsonObject innerAfter && prefix.Length == 0)
            {
                foreach (var inner in ChangedMembers(innerBefore, innerAfter, path + "."))
                {
                    yield return inner;
                }
            }
            else
            {
                yield return path;
            }
        }
    }

    /// <summary>Short, stable names for the pinned keys: the kid of a JWK, a SHA-256 prefix of a certificate or secret hash.</summary>
    private static HashSet<string> Keys(JsonObject entry)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var certificate in (entry["saml2"]?["signing_certificates"] as JsonArray ?? []).Select(Text))
        {
            var der = new byte[certificate.Length];
            keys.Add("x509:" + Digest(Convert.TryFromBase64String(certificate, der, out var length) ? der[..length] : Encoding.UTF8.GetBytes(certificate)));
        }
        foreach (var jwks in new[] { entry["oidc"]?["jwks"], entry["client_authentication"]?["jwks"] })
        {
            foreach (var jwk in jwks?["keys"] as JsonArray ?? [])
            {
                keys.Add(Text(jwk?["kid"]) is { Length: > 0 } kid ? "kid:" + kid : "jwk:" + Digest(Encoding.UTF8.GetBytes(jwk!.ToJsonString())));
            }
        }
        if (Text(entry["client_authentication"]?["client_secret_sha256"]) is { Length: > 0 } secret)
        {
            keys.Add("secret:" + secret[..Math.Min(8, secret.Length)]);
        }
        return keys;
    }

    private static string Digest(byte[] data) => Convert.ToHexStringLower(SHA256.HashData(data))[..16];

    private static JsonObject Json<T>(T entry) => JsonSerializer.SerializeToNode(entry, TrustListJson.Options)!.AsObject();

    private static string Text(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : "";
}
