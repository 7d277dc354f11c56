using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Hub.TrustList.Model;
using Hub.TrustList.Serialization;
using Hub.TrustList.Serialization.Reading;
using Hub.TrustList.Tests.TestSupport;
using Hub.TrustList.Verification;

namespace Hub.TrustList.Tests.Serialization.Reading;

/// <summary>
/// The verifier's reader must read exactly the schema that <see cref="TrustListJson.Options"/> writes and reads
/// (every member, optional or not), be at least as strict, and name where a list is wrong.
/// </summary>
public class TrustListReaderTests
{
    /// <summary>Every optional member set to something other than its default.</summary>
    private static TrustListDocument Maximal()
    {
        var list = TestTrustLists.Minimal();
        var rsaJwk = new PublicJwk { Kty = "RSA", Kid = "rsa-1", Use = "sig", Alg = "RS256", N = "AQAB" + new string('A', 340), E = "AQAB", X5c = [TestKeys.ProviderCertificate] };
        return list with
        {
            Issuer = list.Issuer with { Contact = "trust@example.jp" },
            IdentityProviders =
            [
                list.IdentityProviders[0] with
                {
                    Saml2 = list.IdentityProviders[0].Saml2! with { WantAuthnRequestsSigned = false },
                    Brands = [new BrandEntry("maebashi-id", TestTrustLists.Text("前橋ID", "Maebashi ID"), "MAEBASHI", [TestTrustLists.Region("102016", "前橋市", "Maebashi")], TestTrustLists.History())],
                },
                list.IdentityProviders[1] with
                {
                    Oidc = list.IdentityProviders[1].Oidc! with
                    {
                        UserinfoEndpoint = new Uri("https://id.mydoor.example/userinfo"),
                        DiscoveryUrl = new Uri("https://id.mydoor.example/.well-known/openid-configuration"),
                        UseUserinfo = true,
                        Jwks = new PublicJwkSet([TestKeys.Client.Public, rsaJwk]),
                    },
                    Conformance = new ConformanceRecord("sha256-x", "1.1.0", TestTrustLists.Accredited),
                },
            ],
            RelyingParties =
            [
                list.RelyingParties[0] with
                {
                    Kind = RelyingPartyKind.Private,
                    ConsentRevocationEndpoint = new Uri("https://kosodate.osaka.example/consent"),
                    Demo = true,
                    AllowedClaims = [new ClaimPermission("name", TestTrustLists.Text("確認", "To confirm"), Required: true, PurposeVersion: 3)],
                    StatusHistory = [.. TestTrustLists.History(), new StatusChange(EntryStatus.Suspended, TestTrustLists.Accredited.AddDays(2), "paused")],
                },
                list.RelyingParties[0] with
                {
                    ClientId = "demo-secret",
                    ClientAuthentication = new ClientAuthentication(ClientAuthenticationMethod.ClientSecretBasic, null, "q1MKE-RZFJgrefm34_uzLyjtWzPTuP1Ss8Aj3wZA2fU"),
                    Demo = true,
                    MinLoa = LevelOfAssurance.C,
                },
            ],
            Signature = "eyJhbGciOiJFUzI1NiJ9..c2ln",
        };
    }

    private static TrustListDocument Read(byte[] json)
    {
        var read = TrustListReader.Read(json);
        Assert.True(read.IsSuccess, read.Error?.ToString());
        return read.Value.Document;
    }

    private static string Plain(TrustListDocument document) => JsonSerializer.Serialize(document, TrustListJson.Options);

    private static TrustListError? Error(Action<JsonObject> edit)
    {
        var json = JsonSerializer.SerializeToNode(TestTrustLists.Minimal(), TrustListJson.Options)!.AsObject();
        edit(json);
        return TrustListReader.Read(Encoding.UTF8.GetBytes(json.ToJsonString())).Error;
    }

    [Fact]
    public void Read_MaximalList_SameModelAsSystemTextJson()
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(Maximal(), TrustListJson.Options);

        var plain = JsonSerializer.Deserialize<TrustListDocument>(json, TrustListJson.Options)!;

        Assert.Equal(Plain(plain), Plain(Read(json)));
    }

    [Fact]
    public void Read_DemoList_SameModelAsSystemTextJson()
    {
        var json = File.ReadAllBytes(Cli.TestFiles.Repository("trustlist.json"));

        Assert.Equal(Plain(JsonSerializer.Deserialize<TrustListDocument>(json, TrustListJson.Options)!), Plain(Read(json)));
    }

    [Fact]
    public void Read_ExplicitNullsForOptionalMembers_ReadAsAbsent()
    {
        var json = JsonSerializer.SerializeToNode(TestTrustLists.Minimal(), TrustListJson.Options)!.AsObject();
        json["issuer"]!["contact"] = null;
        json["identity_providers"]![0]!["oidc"] = null;
        json["identity_providers"]![1]!["conformance"] = null;
        json["relying_parties"]![0]!["consent_revocation_endpoint"] = null;

        var document = Read(Encoding.UTF8.GetBytes(json.ToJsonString()));

        Assert.Null(document.Issuer.Contact);
        Assert.Null(document.IdentityProviders[1].Conformance);
    }

    [Fact]
    public void Read_EscapedMemberNamesAndValues_ReadLikeSystemTextJson()
    {
        var json = Encoding.UTF8.GetString(JsonSerializer.SerializeToUtf8Bytes(TestTrustLists.Minimal(), TrustListJson.Options))
            .Replace("\"client_id\"", "\"client\\u005fid\"", StringComparison.Ordinal)
            .Replace("\"accredited\"", "\"accr\\u0065dited\"", StringComparison.Ordinal);
        var bytes = Encoding.UTF8.GetBytes(json);

        Assert.Equal(Plain(JsonSerializer.Deserialize<TrustListDocument>(bytes, TrustListJson.Options)!), Plain(Read(bytes)));
    }

    [Fact]
    public void Read_RepeatedValues_OneInstanceEach()
    {
        var template = TestTrustLists.RelyingParty();
        var list = TestTrustLists.Minimal() with { RelyingParties = [template, template with { ClientId = "second" }] };

        var document = Read(JsonSerializer.SerializeToUtf8Bytes(list, TrustListJson.Options));

        var (first, second) = (document.RelyingParties[0], document.RelyingParties[1]);
        Assert.Same(first.Operator, second.Operator);
        Assert.Same(first.Regions, second.Regions);
        Assert.Same(first.StatusHistory, second.StatusHistory);
        Assert.Same(first.AllowedClaims, second.AllowedClaims);
        Assert.Same(document.IdentityProviders[0].StatusHistory[0], first.StatusHistory[0]);
        Assert.NotSame(first.DisplayName, second.DisplayName);
        Assert.Same(first.ClientAuthentication.Jwks!.Keys[0].Kty, document.IdentityProviders[1].Oidc!.Jwks.Keys[0].Kty);
    }

    [Fact]
    public void Read_Lists_ArraysOfExactLength()
    {
        var document = Read(JsonSerializer.SerializeToUtf8Bytes(Maximal(), TrustListJson.Options));

        Assert.IsType<RelyingPartyEntry[]>(document.RelyingParties);
        Assert.IsType<Region[]>(document.IdentityProviders[0].Regions);
        Assert.Equal(2, document.IdentityProviders[0].Regions.Count);
    }

    [Fact]
    public void Read_StatusAsNumber_SchemaThoughSystemTextJsonTakesIt()
    {
        var error = Error(json => json["identity_providers"]![0]!["status_history"]![0]!["status"] = 0);

        Assert.Equal(TrustListErrorCodes.Schema, error?.Code);
        Assert.Contains("$.identity_providers[0].status_history[0].status", error!.Message, StringComparison.Ordinal);
        Assert.Contains("accredited, suspended, withdrawn", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_LevelInOtherCase_Schema()
        => Assert.Equal(TrustListErrorCodes.Schema, Error(json => json["relying_parties"]![0]!["min_loa"] = "b")?.Code);

    [Fact]
    public void Read_UnknownMemberDeep_SchemaWithPath()
    {
        var error = Error(json => json["relying_parties"]![0]!["client_authentication"]!["jwks"]!["keys"]![0]!["x5u"] = "https://k.example");

        Assert.Equal(TrustListErrorCodes.Schema, error?.Code);
        Assert.Contains("$.relying_parties[0].client_authentication.jwks.keys[0].x5u", error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_UnknownTopLevelMember_SchemaWithPath()
        => Assert.Contains("$.extensions", Error(json => json["extensions"] = new JsonArray())!.Message, StringComparison.Ordinal);

    [Fact]
    public void Read_MissingRequiredMember_SchemaNamingItAndTheObject()
    {
        var error = Error(json => json["relying_parties"]![0]!.AsObject().Remove("sector_identifier"));

        Assert.Equal(TrustListErrorCodes.Schema, error?.Code);
        Assert.Contains("$.relying_parties[0]: the required member 'sector_identifier' is missing", error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MissingTopLevelMember_Schema()
        => Assert.Contains("'issuer' is missing", Error(json => json.Remove("issuer"))!.Message, StringComparison.Ordinal);

    [Fact]
    public void Read_NullForRequiredMember_Schema()
        => Assert.Contains("$.relying_parties[0].client_id: expected a string, found null", Error(json => json["relying_parties"]![0]!["client_id"] = null)!.Message, StringComparison.Ordinal);

    [Fact]
    public void Read_NullListElement_Schema()
        => Assert.Contains("$.identity_providers[0].regions[2]: a list element is null", Error(json => json["identity_providers"]![0]!["regions"]!.AsArray().Add(null))!.Message, StringComparison.Ordinal);

    [Fact]
    public void Read_NullProvider_Schema()
        => Assert.Contains("$.identity_providers[2]", Error(json => json["identity_providers"]!.AsArray().Add(null))!.Message, StringComparison.Ordinal);

    [Fact]
    public void Read_ProvidersNotAnArray_Schema()
        => Assert.Contains("expected an array", Error(json => json["identity_providers"] = "none")!.Message, StringComparison.Ordinal);

    [Fact]
    public void Read_SequenceAsArray_Schema()
        => Assert.Equal(TrustListErrorCodes.Schema, Error(json => json["sequence"] = new JsonArray(1))?.Code);

    [Fact]
    public void Read_SequenceNotAnInteger_Schema()
        => Assert.Contains("expected an integer", Error(json => json["sequence"] = 1.5)!.Message, StringComparison.Ordinal);

    [Fact]
    public void Read_InstantWithoutOffset_Schema()
        => Assert.Contains("is not an ISO 8601 instant", Error(json => json["issued_at"] = "2026-05-01T00:00:00")!.Message, StringComparison.Ordinal);

    [Fact]
    public void Read_UriThatIsNoUri_Schema()
        => Assert.Contains("is not a URI", Error(json => json["relying_parties"]![0]!["redirect_uris"]![0] = "https://[bad")!.Message, StringComparison.Ordinal);

    [Fact]
    public void Read_PurposeVersionTooLarge_Schema()
        => Assert.Contains("32-bit integer", Error(json => json["relying_parties"]![0]!["allowed_claims"]![0]!["purpose_version"] = 1L << 40)!.Message, StringComparison.Ordinal);

    [Fact]
    public void Read_BooleanAsString_Schema()
        => Assert.Contains("expected true or false", Error(json => json["relying_parties"]![0]!["demo"] = "true")!.Message, StringComparison.Ordinal);

    [Fact]
    public void Read_NotAnObject_Schema()
        => Assert.Equal(TrustListErrorCodes.Schema, TrustListReader.Read("[1]"u8.ToArray()).Error?.Code);
}
