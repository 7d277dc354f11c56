using System.CommandLine;
using System.Text.Json.Nodes;

namespace Hub.TrustList.Cli.Editing;

/// <summary>
/// The flags of one kind of entry and where each lands in the entry's JSON. A flag that is not given leaves the
/// member as the fragment or the current entry has it.
/// </summary>
internal abstract class EntryFlags
{
    /// <summary>"provider", "brand", "relying party": used in messages.</summary>
    public abstract string Noun { get; }

    /// <summary>The member that identifies the entry (<c>id</c>, <c>client_id</c>).</summary>
    public abstract string KeyMember { get; }

    public abstract Option<string> Key { get; }

    public abstract IEnumerable<Option> Options { get; }

    /// <summary>Members only other commands change (set-status, brand add): a fragment for update may not carry them.</summary>
    public virtual IReadOnlyList<string> ManagedMembers => ["status_history", "status"];

    public abstract CliError? Apply(ParseResult result, EntryDraft draft);

    public abstract IEnumerable<RequiredMember> Required(EntryDraft draft);

    /// <summary>Members a new entry may leave out (e.g. no brands yet).</summary>
    public virtual void FillDefaults(EntryDraft draft)
    {
    }

    protected static void SetText(ParseResult result, Option<string> option, EntryDraft draft, string path)
    {
        if (result.IsGiven(option) && result.GetValue(option) is { } value)
        {
            draft.Set(path, value);
        }
    }

    protected static void SetTexts(ParseResult result, Option<string[]> option, EntryDraft draft, string path)
    {
        if (result.IsGiven(option) && result.GetValue(option) is { } values)
        {
            draft.Set(path, new JsonArray([.. values.Select(v => (JsonNode)JsonValue.Create(v))]));
        }
    }

    protected static void SetModel<T>(ParseResult result, Option<T> option, EntryDraft draft, string path)
    {
        if (result.IsGiven(option) && result.GetValue(option) is { } value)
        {
            draft.SetModel(path, value);
        }
    }

    protected static void SetFlag(ParseResult result, Option<bool> option, EntryDraft draft, string path)
    {
        if (result.IsGiven(option))
        {
            draft.Set(path, JsonValue.Create(result.GetValue(option)));
        }
    }

    protected static CliError? SetJwks(ParseResult result, Option<string[]> option, EntryDraft draft, string path)
    {
        if (!result.IsGiven(option) || result.GetValue(option) is not { } files)
        {
            return null;
        }
        var jwks = InputFiles.ReadPublicJwks(files);
        if (!jwks.IsSuccess)
        {
            return jwks.Error;
        }
        draft.Set(path, jwks.Value);
        return null;
    }

    protected static IEnumerable<RequiredMember> Names(string flagPrefix, string path) =>
    [
        new($"{path}.ja", $"--{flagPrefix}-ja"),
        new($"{path}.en", $"--{flagPrefix}-en"),
    ];
}
