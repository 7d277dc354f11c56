using System.CommandLine;
using System.Text.Json.Nodes;
using Hub.TrustList.Common;
using Hub.TrustList.Model;

namespace Hub.TrustList.Cli.Editing;

/// <summary>
/// Builds the <c>add</c> and <c>update</c> subcommands of providers, brands and relying parties. Both assemble the
/// entry from (the current entry,) a fragment and flags, check it against the model and put it in the list.
/// </summary>
internal static class EntryEditCommand
{
    public const string InitialReason = "初回認定 / initial accreditation";

    public static Command Add<T>(CliContext context, EntryFlags flags, Func<ParseResult, EntryKind<T>> kind, string description, params Option[] extra)
        where T : class
        => Create(context, "add", isUpdate: false, flags, kind, description, extra);

    public static Command Update<T>(CliContext context, EntryFlags flags, Func<ParseResult, EntryKind<T>> kind, string description, params Option[] extra)
        where T : class
        => Create(context, "update", isUpdate: true, flags, kind, description, extra);

    private static Command Create<T>(
        CliContext context, string name, bool isUpdate, EntryFlags flags, Func<ParseResult, EntryKind<T>> kind, string description, Option[] extra)
        where T : class
    {
        var file = CommonOptions.File();
        var from = CommonOptions.Fragment();
        var reason = CommonOptions.Reason($"Reason recorded in the status history of the new entry (default \"{InitialReason}\").");
        var at = CommonOptions.At("When the new entry's accreditation starts (default now).");
        var command = new Command(name, description) { file, from };
        foreach (var option in extra.Concat(flags.Options))
        {
            command.Add(option);
        }
        if (!isUpdate)
        {
            command.Add(reason);
            command.Add(at);
        }
        command.SetAction(result =>
        {
            JsonObject? fragment = null;
            if (result.GetValue(from) is { } fragmentPath)
            {
                var read = InputFiles.ReadObject(fragmentPath, "fragment.malformed");
                if (!read.IsSuccess)
                {
                    return context.Fail(read.Error!);
                }
                fragment = read.Value;
            }
            var key = KeyOf(result, flags, fragment);
            if (!key.IsSuccess)
            {
                return context.Fail(key.Error!);
            }
            var initial = isUpdate
                ? null
                : new StatusChange(EntryStatus.Accredited, result.GetValue(at) ?? context.Now(), result.GetValue(reason) ?? InitialReason);
            return ListEdit.Run(context, result.GetValue(file)!, document =>
                Edit(document, kind(result), key.Value, isUpdate, flags, result, fragment, initial));
        });
        return command;
    }

    private static Result<(TrustListDocument, string), CliError> Edit<T>(
        TrustListDocument document, EntryKind<T> kind, string key, bool isUpdate, EntryFlags flags,
        ParseResult result, JsonObject? fragment, StatusChange? initial)
        where T : class
    {
        var existing = kind.Find(document, key);
        if (!existing.IsSuccess)
        {
            return existing.Error!;
        }
        if (!isUpdate && existing.Value is not null)
        {
            return new CliError("entry.duplicate-id", $"a {flags.Noun} '{key}' is already in the list; use update to change it.");
        }
        if (isUpdate && existing.Value is null)
        {
            return new CliError("entry.not-found", $"no {flags.Noun} '{key}' in the list; use add.");
        }
        var draft = isUpdate ? EntryDraft.From(existing.Value!) : EntryDraft.Empty();
        if (fragment is not null)
        {
            var managed = isUpdate ? flags.ManagedMembers.FirstOrDefault(fragment.ContainsKey) : null;
            if (managed is not null)
            {
                return CliError.Usage("fragment.managed-member", $"the fragment sets '{managed}', which update does not change (use set-status for statuses, brand add|update for brands).");
            }
            draft.Merge(fragment);
        }
        var applied = flags.Apply(result, draft);
        if (applied is not null)
        {
            return applied;
        }
        if (initial is not null && !draft.Has("status_history"))
        {
            draft.SetModel("status_history", new[] { initial });
        }
        flags.FillDefaults(draft);
        var missing = draft.Require(flags.Required(draft));
        if (missing is not null)
        {
            return missing;
        }
        var entry = draft.Build<T>(flags.Noun);
        if (!entry.IsSuccess)
        {
            return entry.Error!;
        }
        if (isUpdate)
        {
            return Ok(kind.Replace(document, entry.Value), $"Updated {flags.Noun} {key}.");
        }
        var added = kind.Add(document, entry.Value);
        return added.IsSuccess ? Ok(added.Value, $"Added {flags.Noun} {key}.") : added.Error!;
    }

    private static Result<(TrustListDocument, string), CliError> Ok(TrustListDocument document, string summary)
        => Result<(TrustListDocument, string), CliError>.Ok((document, summary));

    /// <summary>The entry's key from its flag or, failing that, from the fragment; the two must agree.</summary>
    private static Result<string, CliError> KeyOf(ParseResult result, EntryFlags flags, JsonObject? fragment)
    {
        var fromFlag = result.GetValue(flags.Key);
        var fromFragment = fragment?[flags.KeyMember] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
        if (fromFlag is not null && fromFragment is not null && fromFlag != fromFragment)
        {
            return CliError.Usage("entry.key-conflict", $"{flags.Key.Name} '{fromFlag}' and the fragment's {flags.KeyMember} '{fromFragment}' differ.");
        }
        return (fromFlag ?? fromFragment) is { Length: > 0 } key
            ? Result<string, CliError>.Ok(key)
            : CliError.Usage("entry.key-missing", $"give {flags.Key.Name} or put {flags.KeyMember} in the --from fragment.");
    }
}
