using System.Text.Json;
using System.Text.Json.Nodes;
using Hub.TrustList.Model;
using Hub.TrustList.Serialization;
using Hub.TrustList.Serialization.Reading;
using Hub.TrustList.Streaming;
using Hub.TrustList.Tests.TestSupport;
using Hub.TrustList.Validation;
using Hub.TrustList.Verification;

namespace Hub.TrustList.Tests.Validation;

/// <summary>
/// The verifier runs the rules' RP checks while it reads each RP; merged with the rest of the rules, they must give
/// exactly what a validation of the whole list gives, in the same order.
/// </summary>
public class RelyingPartyChecksTests
{
    /// <summary>RPs that break one rule each, and one that breaks several.</summary>
    private static TrustListDocument Faulty()
    {
        var good = TestTrustLists.RelyingParty();
        var later = TestTrustLists.IssuedAt.AddDays(3);
        return TestTrustLists.Minimal() with
        {
            RelyingParties =
            [
                good,
                good with { ClientId = "Bad_Id" },
                good with { ClientId = "no-ja", DisplayName = TestTrustLists.Text(" ", "No Japanese") },
                good with { ClientId = "bad-region", Regions = [TestTrustLists.Region("102017", "前橋市", "Maebashi")] },
                good with { ClientId = "late-status", StatusHistory = [new StatusChange(EntryStatus.Accredited, later, "too late")] },
                good with { ClientId = "weak-key", ClientAuthentication = new ClientAuthentication(ClientAuthenticationMethod.PrivateKeyJwt, new PublicJwkSet([TestKeys.Client.Public with { Crv = "P-192" }])) },
                good with { ClientId = "level-d", MinLoa = LevelOfAssurance.D },
                good with { ClientId = "http", RedirectUris = [new Uri("http://rp.example/cb")] },
                good with { ClientId = "secret", ClientAuthentication = new ClientAuthentication(ClientAuthenticationMethod.ClientSecretBasic, null, "x") },
                good with { ClientId = "claims", AllowedClaims = [new ClaimPermission("shoe_size", TestTrustLists.Text("靴", "Shoes"))] },
                good with { ClientId = "Many_Faults", MinLoa = LevelOfAssurance.D, RedirectUris = [], AllowedClaims = [] },
                good with { ClientId = "osaka-kosodate" },
            ],
        };
    }

    private static (IReadOnlyList<TrustListError> Whole, IReadOnlyList<TrustListError> WhileRead, bool Complete) Both(byte[] json)
    {
        var whole = TrustListValidator.Validate(JsonSerializer.Deserialize<TrustListDocument>(json, TrustListJson.Options)!);
        var checks = new RelyingPartyChecks();
        using var source = new MemoryListSource(json);
        var read = TrustListReader.Read(source, RootWalker.DefaultWindow, checks).Value.Document;
        return (whole, TrustListValidator.Validate(read, listsMayHoldNulls: false, checks), checks.Complete);
    }

    [Fact]
    public void Validate_RelyingPartiesCheckedWhileRead_SameErrorsInTheSameOrder()
    {
        var (whole, whileRead, complete) = Both(JsonSerializer.SerializeToUtf8Bytes(Faulty(), TrustListJson.Options));

        Assert.True(complete);
        Assert.True(whole.Count >= 12, string.Join("\n", whole));
        Assert.Equal(whole, whileRead);
    }

    [Fact]
    public void Validate_RelyingPartiesBeforeIssuedAt_CheckedAfterwardsWithTheSameResult()
    {
        var node = JsonSerializer.SerializeToNode(Faulty(), TrustListJson.Options)!.AsObject();
        var issuedAt = node["issued_at"]!.DeepClone();
        node.Remove("issued_at");
        node["issued_at"] = issuedAt;

        var (whole, whileRead, complete) = Both(System.Text.Encoding.UTF8.GetBytes(node.ToJsonString()));

        Assert.False(complete);
        Assert.Equal(whole, whileRead);
    }

    [Fact]
    public void Verify_FaultyRelyingParty_FirstErrorAsTheWholeValidationGivesIt()
    {
        var document = Faulty();
        var expected = TrustListValidator.Validate(document);

        var error = Verifiers.Pinning().Verify(SignedLists.Sign(document)).Error;

        Assert.Equal(expected[0].Code, error?.Code);
        Assert.Equal($"{expected[0].Message} (and {expected.Count - 1} more)", error!.Message);
    }
}
