using System.CommandLine;
using Hub.TrustList.Signing;
using Hub.TrustList.Verification;

namespace Hub.TrustList.Cli.Commands;

/// <summary>
/// <c>verify FILE --trust-anchor PUBLIC.jwk [--min-sequence N] [--at INSTANT]</c>: the consumer's checks, exactly as
/// the gateway runs them.
/// </summary>
internal static class VerifyCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("file") { Description = "The signed trust list." };
        var anchors = new Option<string[]>("--trust-anchor")
        {
            Description = "A pinned coordinator public JWK file. Repeat during a key rollover.",
            Required = true,
            HelpName = "public.jwk",
        };
        var minSequence = new Option<long?>("--min-sequence")
        {
            Description = "Refuse a list whose sequence is below N (rollback protection: the last accepted sequence + 1).",
            HelpName = "N",
        };
        var at = CommonOptions.At("Check freshness as of this instant (default now).");
        var command = new Command("verify", "Verify a signed trust list against pinned coordinator keys.") { file, anchors, minSequence, at };
        command.SetAction(result =>
        {
            var path = result.GetValue(file)!;
            var bytes = InputFiles.ReadBytes(path);
            if (!bytes.IsSuccess)
            {
                return context.Fail(bytes.Error!);
            }
            var loaded = new List<TrustAnchor>();
            foreach (var anchorPath in result.GetValue(anchors)!)
            {
                var anchor = KeyFiles.LoadAnchor(anchorPath);
                if (!anchor.IsSuccess)
                {
                    return context.Fail(anchor.Error!);
                }
                loaded.Add(anchor.Value);
            }
            var verifier = new TrustListVerifier(new TrustListVerifierOptions { Anchors = loaded }, context.Time);
            var lastAccepted = result.GetValue(minSequence) is { } min ? min - 1 : (long?)null;
            var verified = verifier.Verify(bytes.Value, lastAccepted, result.GetValue(at));
            if (!verified.IsSuccess)
            {
                return context.Fail(new CliError(verified.Error!.Code, verified.Error.Message));
            }
            var document = verified.Value.Document;
            context.Out.WriteLine(
                $"OK {path}: sequence {document.Sequence}, issued_at {InstantParser.Format(document.IssuedAt)}, "
                + $"next_update {InstantParser.Format(document.NextUpdate)}, {document.IdentityProviders.Count} providers "
                + $"({document.IdentityProviders.Sum(p => p.Brands.Count)} brands), {document.RelyingParties.Count} relying parties.");
            return ExitCodes.Success;
        });
        return command;
    }
}
