using System.Text.Json;
using Hub.TrustList.Common;
using Hub.TrustList.Conformance;
using Hub.TrustList.Model;

namespace Hub.Conformance.Candidates;

/// <summary>
/// Reads a candidate file and checks that the suite can run with it. Problems here are usage errors (exit 2): the
/// file is wrong, not the provider. What the provider does wrong is for the checks to find.
/// </summary>
internal static class CandidateLoader
{
    public const int DefaultTimingLogins = 10;
    public const int MaxTimingLogins = 200;

    public static Result<Candidate, ConformanceError> Load(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return Fail($"Cannot read the candidate file '{path}': {e.Message}");
        }
        return Parse(bytes, Path.GetDirectoryName(Path.GetFullPath(path))!);
    }

    public static Result<Candidate, ConformanceError> Parse(byte[] bytes, string baseDirectory)
    {
        var draft = CandidateEntryReader.Read(bytes);
        if (!draft.IsSuccess)
        {
            return draft.Error!;
        }
        CandidateFile? file;
        try
        {
            file = JsonSerializer.Deserialize<CandidateFile>(bytes, CandidateJson.Options);
        }
        catch (JsonException e)
        {
            return Fail("The candidate file does not fit the candidate format: " + e.Message);
        }
        if (file is null || file.Format != CandidateFile.CurrentFormat)
        {
            return Fail($"The candidate file's format must be '{CandidateFile.CurrentFormat}'.");
        }
        var files = new CandidateFiles(baseDirectory);
        var accounts = CandidateAccounts.Read(file.Accounts, draft.Value.Entry);
        var login = CandidateRecipe.Read(file.Login, baseDirectory);
        var metadataUrl = MetadataUrl(file, draft.Value.Entry);
        var problem = accounts.Error ?? login.Error ?? metadataUrl.Error;
        if (problem is not null)
        {
            return problem;
        }
        var timing = file.TimingLogins ?? DefaultTimingLogins;
        if (timing is < 1 or > MaxTimingLogins)
        {
            return Fail($"timing_logins must be between 1 and {MaxTimingLogins}.");
        }
        var registration = CandidateRegistration.Read(file.Hub, draft.Value.Entry, files);
        if (!registration.IsSuccess)
        {
            return registration.Error!;
        }
        var profiles = file.MappingProfilesDirectory is null ? null : files.Resolve(file.MappingProfilesDirectory);
        return Result<Candidate, ConformanceError>.Ok(new Candidate(
            draft.Value, file.Sandbox, metadataUrl.Value, registration.Value.Saml2, registration.Value.Oidc,
            accounts.Value, login.Value, timing, profiles));
    }

    /// <summary>SAML: the metadata URL, or the entity ID where it is a URL (SAML2 Metadata §4.1). OIDC: discovery.</summary>
    private static Result<Uri, ConformanceError> MetadataUrl(CandidateFile file, IdentityProviderEntry entry)
    {
        if (file.MetadataUrl is { } given)
        {
            return given.IsAbsoluteUri ? Result<Uri, ConformanceError>.Ok(given) : Fail("metadata_url must be an absolute URL.");
        }
        if (entry.Protocol == ProviderProtocol.Oidc && entry.Oidc is { } oidc)
        {
            return Result<Uri, ConformanceError>.Ok(oidc.DiscoveryUrl ?? new Uri(oidc.Issuer.TrimEnd('/') + "/.well-known/openid-configuration"));
        }
        if (entry.Saml2 is { } saml && Uri.TryCreate(saml.EntityId, UriKind.Absolute, out var entityUrl)
            && (entityUrl.Scheme == Uri.UriSchemeHttps || entityUrl.Scheme == Uri.UriSchemeHttp))
        {
            return Result<Uri, ConformanceError>.Ok(entityUrl);
        }
        return Fail("The entity ID is not a URL: give metadata_url, where the suite fetches the provider's SAML metadata.");
    }

    internal static ConformanceError Fail(string message) => new("candidate.invalid", message);
}
