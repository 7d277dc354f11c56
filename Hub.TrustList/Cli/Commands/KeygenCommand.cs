using System.CommandLine;
using System.Text;
using System.Text.Json.Nodes;
using Hub.TrustList.Signing;

namespace Hub.TrustList.Cli.Commands;

/// <summary><c>keygen --alg ES256 --out PREFIX</c>: a new coordinator key pair as PREFIX.private.jwk and PREFIX.public.jwk.</summary>
internal static class KeygenCommand
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static Command Create(CliContext context)
    {
        var alg = new Option<string>("--alg")
        {
            Description = "Signature algorithm: ES256 (default), RS256 or PS256.",
            DefaultValueFactory = _ => "ES256",
        }.AcceptOnlyFromAmong("ES256", "RS256", "PS256");
        var output = new Option<string>("--out")
        {
            Description = "Path prefix of the two files written.",
            Required = true,
            HelpName = "prefix",
        };
        var command = new Command("keygen", "Generate a signing key pair (the private key file is written with mode 0600).") { alg, output };
        command.SetAction(result =>
        {
            var prefix = result.GetValue(output)!;
            var privatePath = prefix + ".private.jwk";
            var publicPath = prefix + ".public.jwk";
            var existing = new[] { privatePath, publicPath }.FirstOrDefault(File.Exists);
            if (existing is not null)
            {
                return context.Fail(CliError.Usage("file.exists", $"'{existing}' already exists; refusing to overwrite a key."));
            }
            var (privateJwk, publicJwk) = KeyGenerator.Generate(result.GetValue(alg)!);
            var error = TrustListFile.WriteBytes(privatePath, Utf8.GetBytes(WithFinalNewline(privateJwk)), overwrite: false, UnixFileMode.UserRead | UnixFileMode.UserWrite)
                        ?? TrustListFile.WriteBytes(publicPath, Utf8.GetBytes(WithFinalNewline(publicJwk)), overwrite: false);
            if (error is not null)
            {
                return context.Fail(error);
            }
            var kid = JsonNode.Parse(publicJwk)?["kid"]?.GetValue<string>();
            context.Out.WriteLine($"Wrote {privatePath} (secret: keep it off any repository) and {publicPath} (the trust anchor to distribute){(kid is null ? "" : $", kid {kid}")}.");
            return ExitCodes.Success;
        });
        return command;
    }

    private static string WithFinalNewline(string text) => text.EndsWith('\n') ? text : text + "\n";
}
