using System.CommandLine;
using Hub.TrustList.Signing;
using Hub.TrustList.Validation;
using Hub.TrustList.Verification;

namespace Hub.TrustList.Cli.Commands;

/// <summary>
/// <c>sign --file LIST --key PRIVATE.jwk</c>: a new release. It bumps the sequence, stamps issued_at and
/// next_update, refuses a list the structural validator rejects, and verifies its own output before writing it.
/// </summary>
internal static class SignCommand
{
    public static Command Create(CliContext context)
    {
        var file = CommonOptions.File();
        var key = new Option<string>("--key") { Description = "The coordinator's private JWK file.", Required = true, HelpName = "private.jwk" };
        var output = new Option<string>("--out") { Description = "Where to write the signed list (default: over --file).", HelpName = "signed.json" };
        var validity = ValidityDays.Create("Days until next_update (default: the list's current window).", null);
        var sequence = new Option<long?>("--sequence") { Description = "Use at least this sequence (default: the list's sequence + 1)." };
        var command = new Command("sign", "Validate and sign a trust list as a new release.") { file, key, output, validity, sequence };
        command.SetAction(result =>
        {
            var path = result.GetValue(file)!;
            var read = TrustListFile.Read(path);
            if (!read.IsSuccess)
            {
                return context.Fail(read.Error!);
            }
            var signingKey = KeyFiles.LoadSigningKey(result.GetValue(key)!);
            if (!signingKey.IsSuccess)
            {
                return context.Fail(signingKey.Error!);
            }
            var release = Release.Next(read.Value, context.Now(), result.GetValue(validity), result.GetValue(sequence));
            var errors = TrustListValidator.Validate(release);
            if (errors.Count > 0)
            {
                foreach (var error in errors)
                {
                    context.Error.WriteLine($"error: {error.Code}: {error.Message}");
                }
                context.Error.WriteLine($"Refusing to sign: {errors.Count} validation error(s).");
                return ExitCodes.Failure;
            }
            var signed = TrustListSigner.Sign(release, signingKey.Value);
            var selfCheck = SelfCheck(context, signed, signingKey.Value);
            if (selfCheck is not null)
            {
                return context.Fail(selfCheck);
            }
            var target = result.GetValue(output) ?? path;
            var written = TrustListFile.WriteBytes(target, signed, overwrite: true);
            if (written is not null)
            {
                return context.Fail(written);
            }
            context.Out.WriteLine($"Signed {target}: sequence {release.Sequence}, issued_at {InstantParser.Format(release.IssuedAt)}, next_update {InstantParser.Format(release.NextUpdate)}.");
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>
    /// Verifies the signed bytes with the key's own public half under the default consumer rules, so that a release
    /// the gateway would refuse (e.g. a window over the maximum validity) is never written.
    /// </summary>
    private static CliError? SelfCheck(CliContext context, byte[] signed, SigningKey key)
    {
        var options = new TrustListVerifierOptions { Anchors = [key.PublicAnchor] };
        var verified = new TrustListVerifier(options, context.Time).Verify(signed);
        return verified.IsSuccess
            ? null
            : new CliError(verified.Error!.Code, "the signed list does not verify under the default consumer rules, so it was not written: " + verified.Error.Message);
    }
}
