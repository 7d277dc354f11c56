using System.Text.Json;
using System.Text.Json.Nodes;
using Hub.TrustList.Model;
using Hub.TrustList.Serialization;
using Hub.TrustList.Tests.TestSupport;
using Hub.TrustList.Verification;

namespace Hub.TrustList.Tests.Verification;

/// <summary>The verifier's reader (pooled strings) must give exactly the model the plain options give, and name what is wrong.</summary>
public class VerifiedModelTests
{
    private static TrustListDocument Large(int relyingParties)
    {
        var template = TestTrustLists.RelyingParty();
        return TestTrustLists.Minimal() with
        {
            RelyingParties = Enumerable.Range(0, relyingParties).Select(i => template with { ClientId = $"rp-{i:D5}" }).ToList(),
        };
    }

    [Fact]
    public void Verify_ManyEntries_SameModelAsPlainOptions()
    {
        var json = SignedLists.Sign(Large(2_500));

        var verified = Verifiers.Pinning().Verify(json).Value.Document;
        var plain = JsonSerializer.Deserialize<TrustListDocument>(json, TrustListJson.Options)!;

        Assert.Equal(JsonSerializer.Serialize(plain, TrustListJson.Options), JsonSerializer.Serialize(verified with { Signature = plain.Signature }, TrustListJson.Options));
        Assert.Equal("rp-02499", verified.RelyingParties[^1].ClientId);
    }

    [Fact]
    public void Verify_BadElementFarDown_SchemaNamingTheElement()
    {
        var json = SignedLists.SignEdited(Large(2_500), node => node["relying_parties"]![2_100]!["min_loa"] = "E");

        var error = Verifiers.Pinning().Verify(json).Error;

        Assert.Equal(TrustListErrorCodes.Schema, error?.Code);
        Assert.Contains("relying_parties[2100]", error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_ProvidersNotAnArray_Schema()
    {
        var json = SignedLists.SignEdited(TestTrustLists.Minimal(), node => node["identity_providers"] = new JsonObject());

        Assert.Equal(TrustListErrorCodes.Schema, Verifiers.Pinning().Verify(json).Error?.Code);
    }

    [Fact]
    public void Verify_RelyingPartiesMissing_Schema()
    {
        var json = SignedLists.SignEdited(TestTrustLists.Minimal(), node => node.Remove("relying_parties"));

        Assert.Equal(TrustListErrorCodes.Schema, Verifiers.Pinning().Verify(json).Error?.Code);
    }

    [Fact]
    public void Verify_NullRelyingParty_Schema()
    {
        var json = SignedLists.SignEdited(TestTrustLists.Minimal(), node => node["relying_parties"]!.AsArray().Add(null));

        Assert.Equal(TrustListErrorCodes.Schema, Verifiers.Pinning().Verify(json).Error?.Code);
    }
}
