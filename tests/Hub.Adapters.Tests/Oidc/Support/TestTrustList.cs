using Hub.TrustList.Lookup;
using Hub.TrustList.Model;

namespace Hub.Adapters.Tests.Oidc.Support;

/// <summary>Trust-list entries and snapshots built in code (the snapshot constructor is internal to the tests).</summary>
internal static class TestTrustList
{
    public const string ClientId = "hub-jp-regional-id";
    public static readonly DateTimeOffset Accredited = new(2024, 4, 1, 0, 0, 0, TimeSpan.Zero);

    public static IdentityProviderEntry OidcProvider(
        string id,
        Uri baseUrl,
        IReadOnlyList<PublicJwk> keys,
        IReadOnlyList<string>? algorithms = null,
        bool useUserinfo = false,
        bool discovery = false,
        EntryStatus status = EntryStatus.Accredited,
        IReadOnlyList<BrandEntry>? brands = null,
        string? issuer = null)
    {
        var root = baseUrl.AbsoluteUri.TrimEnd('/');
        var metadata = new OidcProviderMetadata(
            Issuer: issuer ?? root + "/" + id,
            AuthorizationEndpoint: new Uri(root + "/" + id + "/authorize"),
            TokenEndpoint: new Uri(root + "/" + id + "/token"),
            UserinfoEndpoint: new Uri(root + "/" + id + "/userinfo"),
            Jwks: new PublicJwkSet(keys),
            IdTokenSigningAlgValues: algorithms ?? ["RS256", "ES256"],
            ClientId: ClientId,
            DiscoveryUrl: discovery ? new Uri(root + "/" + id + "/.well-known/openid-configuration") : null,
            UseUserinfo: useUserinfo);
        return new IdentityProviderEntry(
            id,
            new LocalizedText(id, id),
            new LocalizedText("運営者", "Operator"),
            [new Region("270008", new LocalizedText("大阪府", "Osaka Prefecture"))],
            brands ?? [],
            ProviderProtocol.Oidc,
            Saml2: null,
            Oidc: metadata,
            MaxLoa: LevelOfAssurance.B,
            Attributes: ["name", "birthdate", "address"],
            MappingProfile: id,
            StatusHistory: [new StatusChange(status, Accredited, "test")],
            Conformance: null);
    }

    public static BrandEntry Brand(string id, EntryStatus status = EntryStatus.Accredited)
        => new(id, new LocalizedText(id, id), null, [], [new StatusChange(status, Accredited, "test")]);

    public static TrustListSnapshot Snapshot(params IdentityProviderEntry[] providers)
    {
        var document = new TrustListDocument(
            TrustListDocument.CurrentFormat,
            Sequence: 1,
            IssuedAt: Accredited,
            NextUpdate: Accredited.AddYears(5),
            new Issuer("jp-coordinator", new LocalizedText("調整機関", "Coordinator")),
            providers,
            []);
        return new TrustListSnapshot(document, ReadOnlyMemory<byte>.Empty);
    }
}
