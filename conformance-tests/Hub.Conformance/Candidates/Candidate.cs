using Hub.TrustList.Conformance;
using Hub.TrustList.Model;

namespace Hub.Conformance.Candidates;

/// <summary>A candidate file, read and checked: everything a run needs, with file paths resolved.</summary>
internal sealed record Candidate(
    CandidateEntry Draft,
    bool Sandbox,
    Uri MetadataUrl,
    SamlRegistration? Saml2,
    OidcRegistration? Oidc,
    IReadOnlyList<TestAccount> Accounts,
    LoginRecipe Login,
    int TimingLogins,
    string? MappingProfilesDirectory)
{
    public IdentityProviderEntry Entry => Draft.Entry;

    public ProviderProtocol Protocol => Entry.Protocol;
}

internal sealed record SamlRegistration(string SpEntityId, Uri AcsUrl, string SigningCertificatePem, string SigningKeyPem);

internal sealed record OidcRegistration(
    Uri RedirectUri, ClientAuthenticationMethod Method, string? ClientSecret, string? ClientPrivateJwk, IReadOnlyList<string> Scopes);

/// <summary>A test account. The password is used only to log in and never appears in a report.</summary>
internal sealed record TestAccount(string Username, string Password, LevelOfAssurance ExpectedLoa, IReadOnlyList<string> ExpectedAttributes)
{
    public override string ToString() => Username;
}

/// <summary>How the suite logs an account in: a form recipe or a script hook.</summary>
internal abstract record LoginRecipe;

internal sealed record FormLoginRecipe(
    string? FormId, string UsernameField, string PasswordField, string? SubmitName, string LoginValue, string CancelValue) : LoginRecipe;

internal sealed record ScriptLoginRecipe(string Command, IReadOnlyList<string> Arguments, TimeSpan Timeout, string WorkingDirectory) : LoginRecipe;
