using System.CommandLine;
using Hub.TrustList.Model;

namespace Hub.TrustList.Cli.Commands;

/// <summary><c>init</c>: a new, empty, unsigned trust list.</summary>
internal static class InitCommand
{
    public static Command Create(CliContext context)
    {
        var file = CommonOptions.File();
        var issuerId = new Option<string>("--issuer-id") { Description = "The coordinator's identifier, e.g. https://trust.example.jp.", Required = true };
        var nameJa = new Option<string>("--issuer-name-ja") { Description = "The coordinator's name in Japanese.", Required = true };
        var nameEn = new Option<string>("--issuer-name-en") { Description = "The coordinator's name in English.", Required = true };
        var contact = new Option<string>("--issuer-contact") { Description = "Contact address (optional)." };
        var validity = ValidityDays.Create("Days from issue to next_update; sign keeps this window unless told otherwise (default 30).", 30);
        var command = new Command("init", "Create an empty, unsigned trust list.") { file, issuerId, nameJa, nameEn, contact, validity };
        command.SetAction(result =>
        {
            var path = result.GetValue(file)!;
            var now = context.Now();
            var document = new TrustListDocument(
                TrustListDocument.CurrentFormat,
                Sequence: 0,
                IssuedAt: now,
                NextUpdate: now.AddDays(result.GetValue(validity)!.Value),
                new Issuer(result.GetValue(issuerId)!, new LocalizedText(result.GetValue(nameJa)!, result.GetValue(nameEn)!), result.GetValue(contact)),
                IdentityProviders: [],
                RelyingParties: []);
            if (File.Exists(path))
            {
                return context.Fail(CliError.Usage("file.exists", $"'{path}' already exists; refusing to overwrite a trust list."));
            }
            var error = TrustListFile.WriteDraft(path, document);
            if (error is not null)
            {
                return context.Fail(error);
            }
            context.Out.WriteLine($"Created {path}: an empty unsigned list issued by {document.Issuer.Id}.");
            return ExitCodes.Success;
        });
        return command;
    }
}
