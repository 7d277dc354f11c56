using System.CommandLine;
using Hub.TrustList.Model;

namespace Hub.TrustList.Cli.Editing;

/// <summary>The flags of <c>rp add|update</c>.</summary>
internal sealed class RelyingPartyFlags : EntryFlags
{
    private readonly Option<string> _clientId = new("--client-id") { Description = "The RP's client_id at the hub." };
    private readonly Option<string> _nameJa = new("--name-ja") { Description = "Display name in Japanese." };
    private readonly Option<string> _nameEn = new("--name-en") { Description = "Display name in English." };
    private readonly Option<string> _operatorJa = new("--operator-ja") { Description = "Operator in Japanese." };
    private readonly Option<string> _operatorEn = new("--operator-en") { Description = "Operator in English." };
    private readonly Option<string> _kind = new Option<string>("--kind") { Description = "public (a government service) or private." }.AcceptOnlyFromAmong("public", "private");
    private readonly Option<Region[]> _regions = RegionFlag.Create();
    private readonly Option<string[]> _redirectUris = new("--redirect-uri") { Description = "A redirect URI (absolute https; http only for loopback in demo entries). Repeatable; replaces the list." };
    private readonly Option<string[]> _postLogoutUris = new("--post-logout-redirect-uri") { Description = "A post-logout redirect URI. Repeatable; replaces the list." };
    private readonly Option<string[]> _jwks = new("--jwks") { Description = "private_key_jwt: the RP's public JWK or JWK Set file. Repeat for a rollover.", HelpName = "public.jwk" };
    private readonly Option<string> _secretSha256 = new("--client-secret-sha256") { Description = "Demo entries only: base64url SHA-256 of the client secret (the list never holds the secret)." };
    private readonly Option<string> _authMethod = new Option<string>("--auth-method") { Description = "private_key_jwt (with --jwks), client_secret_basic or client_secret_post (demo only)." }
        .AcceptOnlyFromAmong("private_key_jwt", "client_secret_basic", "client_secret_post");
    private readonly Option<string> _sector = new("--sector-identifier") { Description = "Sector for pairwise subjects, e.g. kosodate.osaka.example." };
    private readonly Option<ClaimPermission[]> _claims = ClaimFlag.Create();
    private readonly Option<string> _minLoa = new Option<string>("--min-loa") { Description = "Lowest assurance level the RP accepts: A, B, C or D." }.AcceptOnlyFromAmong("A", "B", "C", "D");
    private readonly Option<bool> _demo = new("--demo") { Description = "A demo entry (allows client secrets and loopback http)." };
    private readonly Option<string> _consentRevocation = new("--consent-revocation-endpoint") { Description = "Where the hub tells the RP that a consent was revoked." };

    public override string Noun => "relying party";

    public override string KeyMember => "client_id";

    public override Option<string> Key => _clientId;

    public override IEnumerable<Option> Options =>
    [
        _clientId, _nameJa, _nameEn, _operatorJa, _operatorEn, _kind, _regions, _redirectUris, _postLogoutUris,
        _jwks, _secretSha256, _authMethod, _sector, _claims, _minLoa, _demo, _consentRevocation,
    ];

    public override CliError? Apply(ParseResult result, EntryDraft draft)
    {
        SetText(result, _clientId, draft, "client_id");
        SetText(result, _nameJa, draft, "display_name.ja");
        SetText(result, _nameEn, draft, "display_name.en");
        SetText(result, _operatorJa, draft, "operator.ja");
        SetText(result, _operatorEn, draft, "operator.en");
        SetText(result, _kind, draft, "kind");
        SetModel(result, _regions, draft, "regions");
        SetTexts(result, _redirectUris, draft, "redirect_uris");
        SetTexts(result, _postLogoutUris, draft, "post_logout_redirect_uris");
        SetText(result, _sector, draft, "sector_identifier");
        SetModel(result, _claims, draft, "allowed_claims");
        SetText(result, _minLoa, draft, "min_loa");
        SetFlag(result, _demo, draft, "demo");
        SetText(result, _consentRevocation, draft, "consent_revocation_endpoint");
        return ApplyClientAuthentication(result, draft);
    }

    public override IEnumerable<RequiredMember> Required(EntryDraft draft) =>
    [
        new("client_id", "--client-id"), .. Names("name", "display_name"), .. Names("operator", "operator"),
        new("kind", "--kind"), new("regions", "--region"), new("redirect_uris", "--redirect-uri"),
        new("client_authentication.method", "--jwks or --client-secret-sha256"),
        new("sector_identifier", "--sector-identifier"), new("allowed_claims", "--claim"), new("min_loa", "--min-loa"),
    ];

    public override void FillDefaults(EntryDraft draft)
    {
        if (!draft.Has("post_logout_redirect_uris"))
        {
            draft.Set("post_logout_redirect_uris", new System.Text.Json.Nodes.JsonArray());
        }
    }

    /// <summary>
    /// --jwks means private_key_jwt; --client-secret-sha256 means client_secret_basic unless --auth-method says post.
    /// Giving one replaces the other: an RP has one way to authenticate.
    /// </summary>
    private CliError? ApplyClientAuthentication(ParseResult result, EntryDraft draft)
    {
        var givenJwks = result.IsGiven(_jwks);
        var givenSecret = result.IsGiven(_secretSha256);
        if (givenJwks && givenSecret)
        {
            return CliError.Usage("flags.conflict", "give --jwks (private_key_jwt) or --client-secret-sha256, not both.");
        }
        if (givenJwks)
        {
            draft.Set("client_authentication", new System.Text.Json.Nodes.JsonObject { ["method"] = "private_key_jwt" });
            var error = SetJwks(result, _jwks, draft, "client_authentication.jwks");
            if (error is not null)
            {
                return error;
            }
        }
        if (givenSecret)
        {
            draft.Set("client_authentication", new System.Text.Json.Nodes.JsonObject
            {
                ["method"] = "client_secret_basic",
                ["client_secret_sha256"] = result.GetValue(_secretSha256),
            });
        }
        SetText(result, _authMethod, draft, "client_authentication.method");
        return null;
    }
}
