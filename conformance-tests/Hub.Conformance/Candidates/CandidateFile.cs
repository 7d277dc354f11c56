using System.Text.Json;

namespace Hub.Conformance.Candidates;

/// <summary>
/// A candidate file as written by a provider (docs/onboarding.md): the draft trust-list entry, whether it is a local
/// sandbox, where its metadata is, what the hub registered with it, test accounts, how to log them in, and how many
/// logins to time. File paths are relative to the candidate file.
/// </summary>
internal sealed record CandidateFile(
    string Format,
    JsonElement Entry,
    HubRegistrationFile Hub,
    IReadOnlyList<TestAccountFile> Accounts,
    LoginRecipeFile Login,
    bool Sandbox = false,
    Uri? MetadataUrl = null,
    int? TimingLogins = null,
    string? MappingProfilesDirectory = null)
{
    public const string CurrentFormat = "jp-regional-id-candidate/1";
}

/// <summary>The hub's registration at the candidate: SAML SP or OIDC client, as the candidate configured it.</summary>
internal sealed record HubRegistrationFile(SamlRegistrationFile? Saml2 = null, OidcRegistrationFile? Oidc = null);

/// <param name="SigningCertificateFile">The conformance SP certificate the candidate registered (PEM).</param>
/// <param name="SigningKeyFile">Its private key (PEM), handed to the candidate's engineers for the run only.</param>
internal sealed record SamlRegistrationFile(string SpEntityId, string AcsUrl, string SigningCertificateFile, string SigningKeyFile);

/// <param name="ClientAuthentication"><c>private_key_jwt</c> (with <c>client_private_jwk_file</c>) or <c>client_secret_basic</c>.</param>
internal sealed record OidcRegistrationFile(
    string RedirectUri,
    string ClientAuthentication = "private_key_jwt",
    string? ClientSecret = null,
    string? ClientPrivateJwkFile = null,
    IReadOnlyList<string>? Scopes = null);

/// <summary>A test account, the level it should reach and the common-schema claims its logins should deliver.</summary>
internal sealed record TestAccountFile(string Username, string Password, string ExpectedLoa, IReadOnlyList<string> ExpectedAttributes);

/// <summary>Exactly one of a form-login recipe or a script hook.</summary>
internal sealed record LoginRecipeFile(FormLoginFile? Form = null, ScriptLoginFile? Script = null);

internal sealed record FormLoginFile(
    string? FormId = "login",
    string UsernameField = "username",
    string PasswordField = "password",
    string? SubmitName = "action",
    string LoginValue = "login",
    string CancelValue = "cancel");

/// <summary>A command that receives the login page URL and prints where the provider finally sends the browser.</summary>
internal sealed record ScriptLoginFile(string Command, IReadOnlyList<string>? Arguments = null, int TimeoutSeconds = 60);
