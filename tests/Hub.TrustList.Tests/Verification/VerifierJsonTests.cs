using System.Text.Json;
using Hub.TrustList.Model;
using Hub.TrustList.Serialization;
using Hub.TrustList.Tests.TestSupport;
using Hub.TrustList.Verification;

namespace Hub.TrustList.Tests.Verification;

/// <summary>The verifier reads lists with pooled strings but must read exactly what the plain options read.</summary>
public class VerifierJsonTests
{
    private static TrustListDocument ReadCompact(byte[] json)
    {
        using var scope = PooledStringConverter.Scope();
        return JsonSerializer.Deserialize<TrustListDocument>(json, VerifierJson.Options)!;
    }

    [Fact]
    public void Options_SignedList_SameModelAsPlainOptions()
    {
        var json = SignedLists.Sign(TestTrustLists.Minimal());

        var compact = ReadCompact(json);
        var plain = JsonSerializer.Deserialize<TrustListDocument>(json, TrustListJson.Options)!;

        Assert.Equal(JsonSerializer.Serialize(plain, TrustListJson.Options), JsonSerializer.Serialize(compact, TrustListJson.Options));
    }

    [Fact]
    public void Options_RepeatedString_OneInstance()
    {
        var json = SignedLists.Sign(TestTrustLists.Minimal());

        var compact = ReadCompact(json);

        Assert.Same(compact.IdentityProviders[0].StatusHistory[0].Reason, compact.IdentityProviders[1].StatusHistory[0].Reason);
    }

    [Fact]
    public void Verify_NullInsideList_Schema()
    {
        var json = SignedLists.SignEdited(TestTrustLists.Minimal(), node => node["relying_parties"]![0]!["redirect_uris"] = new System.Text.Json.Nodes.JsonArray(null, "https://a.example/cb"));

        Assert.Equal(TrustListErrorCodes.Schema, Verifiers.Pinning().Verify(json).Error?.Code);
    }

    [Fact]
    public void Verify_ListGivenAsObject_Schema()
    {
        var json = SignedLists.SignEdited(TestTrustLists.Minimal(), node => node["relying_parties"]![0]!["redirect_uris"] = new System.Text.Json.Nodes.JsonObject());

        Assert.Equal(TrustListErrorCodes.Schema, Verifiers.Pinning().Verify(json).Error?.Code);
    }
}
