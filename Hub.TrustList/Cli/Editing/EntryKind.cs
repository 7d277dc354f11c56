using Hub.TrustList.Common;
using Hub.TrustList.Model;

namespace Hub.TrustList.Cli.Editing;

/// <summary>Where entries of one kind live in the document: how to find one by key, add one, replace one.</summary>
internal sealed record EntryKind<T>(
    Func<TrustListDocument, string, Result<T?, CliError>> Find,
    Func<TrustListDocument, T, Result<TrustListDocument, CliError>> Add,
    Func<TrustListDocument, T, TrustListDocument> Replace)
    where T : class;
