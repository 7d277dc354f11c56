using Hub.TrustList.Common;
using Hub.TrustList.Model;
using Hub.TrustList.Validation;
using Hub.TrustList.Verification;

namespace Hub.TrustList.Cli;

/// <summary>
/// The shape every editing command shares: read the list, change the model, write the unsigned draft back, and
/// say what the structural validator thinks of the result (sign will refuse while it reports errors).
/// </summary>
internal static class ListEdit
{
    public static int Run(
        CliContext context,
        string path,
        Func<TrustListDocument, Result<(TrustListDocument Document, string Summary), CliError>> edit)
    {
        var read = TrustListFile.Read(path);
        if (!read.IsSuccess)
        {
            return context.Fail(read.Error!);
        }
        var edited = edit(read.Value);
        if (!edited.IsSuccess)
        {
            return context.Fail(edited.Error!);
        }
        var written = TrustListFile.WriteDraft(path, edited.Value.Document);
        if (written is not null)
        {
            return context.Fail(written);
        }
        context.Out.WriteLine(edited.Value.Summary);
        if (read.Value.Signature is not null)
        {
            context.Out.WriteLine("The signature was dropped: sign the list again before publishing it.");
        }
        ReportPending(context, edited.Value.Document);
        return ExitCodes.Success;
    }

    /// <summary>
    /// Validation findings on a draft are warnings: the list may be unfinished. They are computed on the release
    /// that sign would make of it (next sequence, issued now), so only what sign would refuse is reported.
    /// </summary>
    public static void ReportPending(CliContext context, TrustListDocument document)
    {
        foreach (var error in TrustListValidator.Validate(Release.Next(document, context.Now())))
        {
            context.Error.WriteLine($"warning: {error.Code}: {error.Message} (sign will refuse until this is fixed)");
        }
    }
}
