using System.CommandLine;
using System.Text.Json.Nodes;
using Hub.TrustList.Model;

namespace Hub.TrustList.Cli.Editing;

/// <summary>The flags of <c>provider add|update</c>.</summary>
internal sealed class ProviderFlags : EntryFlags
{
    private readonly Option<string> _id = new("--id") { Description = "Provider id, e.g. mebuku." };
    private readonly Option<string> _nameJa = new("--name-ja") { Description = "Display name in Japanese." };
    private readonly Option<string> _nameEn = new("--name-en") { Description = "Display name in English." };
    private readonly Option<string> _operatorJa = new("--operator-ja") { Description = "Operator in Japanese." };
    private readonly Option<string> _operatorEn = new("--operator-en") { Description = "Operator in English." };
    private readonly Option<string> _protocol = new Option<string>("--protocol") { Description = "saml2 or oidc." }.AcceptOnlyFromAmong("saml2", "oidc");
    private readonly Option<string> _maxLoa = new Option<string>("--max-loa") { Description = "Highest assurance level the provider may assert: A, B or C." }.AcceptOnlyFromAmong("A", "B", "C");
    private readonly Option<string> _mappingProfile = new("--mapping-profile") { Description = "Attribute mapping profile, e.g. mebuku-saml-v1." };
    private readonly Option<Region[]> _regions = RegionFlag.Create();
    private readonly Option<string[]> _attributes = new("--attribute") { Description = "A common-schema attribute it supplies. Repeatable; replaces the list." };
    private readonly Option<string> _entityId = new("--entity-id") { Description = "SAML: the IdP's entity ID." };
    private readonly Option<string> _ssoUrl = new("--sso-url") { Description = "SAML: the SingleSignOnService URL." };
    private readonly Option<string[]> _signingCerts = new("--signing-cert") { Description = "SAML: a signing certificate file (PEM or DER). Repeat for a rollover; replaces the list.", HelpName = "cert.pem" };
    private readonly Option<bool> _wantSigned = new("--want-authn-requests-signed") { Description = "SAML: the IdP wants signed AuthnRequests (default true)." };
    private readonly Option<string> _issuer = new("--issuer") { Description = "OIDC: the issuer identifier." };
    private readonly Option<string> _authorization = new("--authorization-endpoint") { Description = "OIDC: authorization endpoint." };
    private readonly Option<string> _token = new("--token-endpoint") { Description = "OIDC: token endpoint." };
    private readonly Option<string> _userinfo = new("--userinfo-endpoint") { Description = "OIDC: userinfo endpoint." };
    private readonly Option<bool> _useUserinfo = new("--use-userinfo") { Description = "OIDC: fetch attributes from userinfo as well." };
    private readonly Option<string> _discovery = new("--discovery-url") { Description = "OIDC: discovery document (endpoints only, never keys)." };
    private readonly Option<string[]> _jwks = new("--jwks") { Description = "OIDC: a public JWK or JWK Set file. Repeat for a rollover; replaces the keys.", HelpName = "public.jwk" };
    private readonly Option<string[]> _algs = new("--id-token-alg") { Description = "OIDC: an accepted ID token alg (default: the keys' alg). Repeatable." };
    private readonly Option<string> _clientId = new("--client-id") { Description = "OIDC: the hub's client_id at the provider." };
    private readonly Option<string> _conformanceDigest = new("--conformance-digest") { Description = "Conformance report digest (sha-256:...)." };
    private readonly Option<string> _conformanceSuite = new("--conformance-suite-version") { Description = "Conformance suite version." };
    private readonly Option<DateTimeOffset?> _conformanceDate = new("--conformance-date")
    {
        Description = "Date of the conformance report (an instant with offset).",
        CustomParser = InstantParser.Parse,
    };

    public override string Noun => "provider";

    public override string KeyMember => "id";

    public override Option<string> Key => _id;

    public override IReadOnlyList<string> ManagedMembers => [.. base.ManagedMembers, "brands"];

    public override IEnumerable<Option> Options =>
    [
        _id, _nameJa, _nameEn, _operatorJa, _operatorEn, _protocol, _maxLoa, _mappingProfile, _regions, _attributes,
        _entityId, _ssoUrl, _signingCerts, _wantSigned,
        _issuer, _authorization, _token, _userinfo, _useUserinfo, _discovery, _jwks, _algs, _clientId,
        _conformanceDigest, _conformanceSuite, _conformanceDate,
    ];

    public override CliError? Apply(ParseResult result, EntryDraft draft)
    {
        SetText(result, _id, draft, "id");
        SetText(result, _nameJa, draft, "display_name.ja");
        SetText(result, _nameEn, draft, "display_name.en");
        SetText(result, _operatorJa, draft, "operator.ja");
        SetText(result, _operatorEn, draft, "operator.en");
        SetText(result, _protocol, draft, "protocol");
        SetText(result, _maxLoa, draft, "max_loa");
        SetText(result, _mappingProfile, draft, "mapping_profile");
        SetModel(result, _regions, draft, "regions");
        SetTexts(result, _attributes, draft, "attributes");
        SetText(result, _entityId, draft, "saml2.entity_id");
        SetText(result, _ssoUrl, draft, "saml2.single_sign_on_service_url");
        SetFlag(result, _wantSigned, draft, "saml2.want_authn_requests_signed");
        SetText(result, _issuer, draft, "oidc.issuer");
        SetText(result, _authorization, draft, "oidc.authorization_endpoint");
        SetText(result, _token, draft, "oidc.token_endpoint");
        SetText(result, _userinfo, draft, "oidc.userinfo_endpoint");
        SetFlag(result, _useUserinfo, draft, "oidc.use_userinfo");
        SetText(result, _discovery, draft, "oidc.discovery_url");
        SetTexts(result, _algs, draft, "oidc.id_token_signing_alg_values");
        SetText(result, _clientId, draft, "oidc.client_id");
        SetText(result, _conformanceDigest, draft, "conformance.report_digest");
        SetText(result, _conformanceSuite, draft, "conformance.suite_version");
        SetModel(result, _conformanceDate, draft, "conformance.date");
        return SetCertificates(result, draft) ?? SetJwks(result, _jwks, draft, "oidc.jwks");
    }

    public override IEnumerable<RequiredMember> Required(EntryDraft draft)
    {
        IEnumerable<RequiredMember> common =
        [
            new("id", "--id"), .. Names("name", "display_name"), .. Names("operator", "operator"),
            new("protocol", "--protocol"), new("max_loa", "--max-loa"), new("mapping_profile", "--mapping-profile"),
            new("regions", "--region"), new("attributes", "--attribute"),
        ];
        return draft.GetString("protocol") switch
        {
            "saml2" => [.. common, new("saml2.entity_id", "--entity-id"), new("saml2.single_sign_on_service_url", "--sso-url"), new("saml2.signing_certificates", "--signing-cert")],
            "oidc" =>
            [
                .. common, new("oidc.issuer", "--issuer"), new("oidc.authorization_endpoint", "--authorization-endpoint"),
                new("oidc.token_endpoint", "--token-endpoint"), new("oidc.jwks", "--jwks"),
                new("oidc.id_token_signing_alg_values", "--id-token-alg"), new("oidc.client_id", "--client-id"),
            ],
            _ => common,
        };
    }

    public override void FillDefaults(EntryDraft draft)
    {
        if (!draft.Has("brands"))
        {
            draft.Set("brands", new JsonArray());
        }
        // The pinned keys usually say which alg they sign with; take those rather than make the coordinator repeat them.
        if (draft.Find("oidc.jwks.keys") is JsonArray keys && !draft.Has("oidc.id_token_signing_alg_values"))
        {
            var algs = keys.Select(k => k?["alg"]?.GetValue<string>()).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
            if (algs.Count > 0)
            {
                draft.Set("oidc.id_token_signing_alg_values", new JsonArray([.. algs.Select(a => (JsonNode)JsonValue.Create(a))]));
            }
        }
    }

    private CliError? SetCertificates(ParseResult result, EntryDraft draft)
    {
        if (!result.IsGiven(_signingCerts) || result.GetValue(_signingCerts) is not { } files)
        {
            return null;
        }
        var certificates = new JsonArray();
        foreach (var file in files)
        {
            var certificate = InputFiles.ReadCertificate(file);
            if (!certificate.IsSuccess)
            {
                return certificate.Error;
            }
            certificates.Add(JsonValue.Create(certificate.Value));
        }
        draft.Set("saml2.signing_certificates", certificates);
        return null;
    }
}
