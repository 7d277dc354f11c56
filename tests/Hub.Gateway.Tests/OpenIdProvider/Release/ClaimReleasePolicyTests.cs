using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Hub.Adapters.Identity;
using Hub.Gateway.OpenIdProvider.Release;
using Hub.Gateway.Tests.OpenIdProvider.Infrastructure;
using Hub.TrustList.Model;

namespace Hub.Gateway.Tests.OpenIdProvider.Release;

public sealed class ClaimReleasePolicyTests
{
    private static readonly RelyingPartyEntry Rp = TestTrustList.Build(new TestRelyingPartyKeys().PublicKeys).FindRelyingParty(TestTrustList.OsakaService)!;
    private static readonly InternalIdentity Person = TestIdentities.MaebashiResident(DateTimeOffset.UnixEpoch);

    private static HashSet<string> Set(params string[] claims) => new(claims, StringComparer.Ordinal);

    [Fact]
    public void Release_AllowedRequestedAndConsented_Released()
    {
        var released = ClaimReleasePolicy.Release(Rp, Set("name", "age_over_18"), Set("name", "age_over_18"), Person);

        Assert.Equal(["age_over_18", "name"], released.Names);
    }

    [Fact]
    public void Release_NotAllowedByTrustList_NotReleased()
        => Assert.Empty(ClaimReleasePolicy.Release(Rp, Set("age_over_65"), Set("age_over_65"), Person).Names);

    [Fact]
    public void Release_NotRequested_NotReleased()
        => Assert.Empty(ClaimReleasePolicy.Release(Rp, Set(), Set("name"), Person).Names);

    [Fact]
    public void Release_NotConsented_NotReleased()
        => Assert.Equal(["name"], ClaimReleasePolicy.Release(Rp, Set("name", "birthdate"), Set("name"), Person).Names);

    [Fact]
    public void Release_NoValueFromProvider_NotReleased()
    {
        var withoutEmail = Person with { Attributes = Person.Attributes with { Email = null } };

        Assert.Empty(ClaimReleasePolicy.Release(Rp, Set("email"), Set("email"), withoutEmail).Names);
    }

    [Fact]
    public void Releasable_IsAllowedIntersectRequested()
        => Assert.Equal(["name"], ClaimReleasePolicy.Releasable(Rp, Set("name", "age_over_65", "not_a_claim")).Order());

    [Fact]
    public void Release_JsonRoundTrip_KeepsTypes()
    {
        var released = ClaimReleasePolicy.Release(Rp, Set("address", "age_over_18", "resident_of"), Set("address", "age_over_18", "resident_of"), Person);

        using var claims = JsonDocument.Parse(TokenClaims(released.ToJson(), []));

        Assert.Equal(JsonValueKind.True, claims.RootElement.GetProperty("age_over_18").ValueKind);
        Assert.Equal(["102016"], claims.RootElement.GetProperty("resident_of").EnumerateArray().Select(v => v.GetString()));
        Assert.Equal("前橋市", claims.RootElement.GetProperty("address").GetProperty("locality").GetString());
    }

    [Fact]
    public void WriteTokenClaims_UnknownOrAlreadyWrittenNames_NullsAndTypes()
    {
        var json = TokenClaims(
            """{"sub":"forged","email":"a@example.jp","name":null,"age_over_18":false,"address":{"locality":"前橋市","region":null},"resident_of":[null,"102016"],"x":1}""",
            ["email"]);

        Assert.Equal("""{"age_over_18":false,"address":{"locality":"前橋市"},"resident_of":["102016"]}""", json);
    }

    [Fact]
    public void WriteTokenClaims_NumbersStayIntegers()
        => Assert.Equal("""{"provider":{"id":7}}""", TokenClaims("""{"provider":{"id":7}}""", []));

    private static string TokenClaims(string released, string[] written)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            ReleasedClaims.WriteTokenClaims(released, writer, new HashSet<string>(written, StringComparer.Ordinal));
            writer.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    [Fact]
    public void FromJson_UnknownClaimNames_Dropped()
        => Assert.Empty(ReleasedClaims.FromJson("""{"sub":"forged","hub_rel":"x"}""").Names);
}
