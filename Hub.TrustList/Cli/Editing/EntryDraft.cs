using System.Text.Json;
using System.Text.Json.Nodes;
using Hub.TrustList.Common;
using Hub.TrustList.Serialization;

namespace Hub.TrustList.Cli.Editing;

/// <summary>
/// An entry being assembled from its current state, a JSON fragment and flags, in that order of precedence
/// (flags win). It is plain JSON in the trust list's own member names until <see cref="Build{T}"/> turns it into
/// the model record with <see cref="TrustListJson.Options"/>, which rejects unknown members and missing ones.
/// </summary>
internal sealed class EntryDraft
{
    private readonly JsonObject _json;

    private EntryDraft(JsonObject json) => _json = json;

    public static EntryDraft Empty() => new([]);

    public static EntryDraft From<T>(T entry)
    {
        var json = JsonSerializer.SerializeToNode(entry, TrustListJson.Options)!.AsObject();
        json.Remove("status"); // derived from status_history, never edited directly
        return new EntryDraft(json);
    }

    /// <summary>Copies the fragment's top-level members over the draft (a nested object is replaced, not merged).</summary>
    public void Merge(JsonObject fragment)
    {
        foreach (var (name, value) in fragment)
        {
            _json[name] = value?.DeepClone();
        }
    }

    public bool Has(string path) => Find(path) is not null;

    public string? GetString(string path) => Find(path) is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    public JsonNode? Find(string path)
    {
        JsonNode? node = _json;
        foreach (var part in path.Split('.'))
        {
            node = node is JsonObject json ? json[part] : null;
        }
        return node;
    }

    /// <summary>Sets a member by dotted path (<c>display_name.ja</c>), creating the objects on the way.</summary>
    public void Set(string path, JsonNode? value)
    {
        var parts = path.Split('.');
        var target = _json;
        foreach (var part in parts[..^1])
        {
            if (target[part] is not JsonObject next)
            {
                next = [];
                target[part] = next;
            }
            target = next;
        }
        target[parts[^1]] = value;
    }

    public void Set(string path, string value) => Set(path, JsonValue.Create(value));

    public void SetModel<T>(string path, T value) => Set(path, JsonSerializer.SerializeToNode(value, TrustListJson.Options));

    /// <summary>The first required member that is missing, as a usage error naming the flag that supplies it.</summary>
    public CliError? Require(IEnumerable<RequiredMember> members)
    {
        var missing = members.Where(m => !Has(m.Path)).ToList();
        return missing.Count == 0
            ? null
            : CliError.Usage(
                "entry.incomplete",
                "missing " + string.Join(", ", missing.Select(m => $"{m.Path} ({m.Flag})"))
                + "; give the flags, or put the members in the --from fragment.");
    }

    public Result<T, CliError> Build<T>(string noun)
        where T : class
    {
        try
        {
            var entry = _json.Deserialize<T>(TrustListJson.Options);
            return entry is null ? new CliError("entry.invalid", $"the {noun} is empty.") : Result<T, CliError>.Ok(entry);
        }
        catch (JsonException e)
        {
            return new CliError("entry.invalid", $"the {noun} does not fit the trust list format: {e.Message}");
        }
    }
}

/// <summary>A member an entry cannot do without, and the flag that supplies it.</summary>
internal sealed record RequiredMember(string Path, string Flag);
