using System.Text.Json;
using Hub.TrustList.Lookup;
using Hub.TrustList.Model;
using Hub.TrustList.Serialization;
using Hub.TrustList.Tests.TestSupport;
using Hub.TrustList.Verification;

namespace Hub.TrustList.Tests.Verification;

/// <summary>
/// A list verified from a file, through windows so small that every value crosses a boundary, must give exactly
/// what the same bytes give in memory: the same model and digest, or the same error.
/// </summary>
public sealed class WindowedVerificationTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("trustlist-windowed-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static TrustListVerifier Windowed(int windowBytes) => new(
        new TrustListVerifierOptions { Anchors = [TestKeys.Coordinator.PublicAnchor], WindowBytes = windowBytes },
        Verifiers.Clock());

    private string Write(byte[] json)
    {
        var path = Path.Combine(_directory, $"{Guid.NewGuid():N}.json");
        File.WriteAllBytes(path, json);
        return path;
    }

    private static TrustListDocument Many() => TestTrustLists.Minimal() with
    {
        RelyingParties = Enumerable.Range(0, 40).Select(i => TestTrustLists.RelyingParty() with { ClientId = $"rp-{i:D3}" }).ToList(),
    };

    public static TheoryData<string, int> Lists()
    {
        var data = new TheoryData<string, int>();
        foreach (var name in new[] { "good", "tampered", "schema far down", "status mismatch", "brand status mismatch", "private key", "duplicate deep", "trailing content", "truncated" })
        {
            foreach (var window in new[] { 1, 7, 64, 1000, 1 << 20 })
            {
                data.Add(name, window);
            }
        }
        return data;
    }

    private static byte[] List(string name) => name switch
    {
        "good" => SignedLists.Sign(Many()),
        "tampered" => SignedLists.Tamper(SignedLists.Sign(Many()), "rp-031", "rp-931"),
        "schema far down" => SignedLists.SignEdited(Many(), json => json["relying_parties"]![37]!["min_loa"] = "E"),
        "status mismatch" => SignedLists.SignEdited(Many(), json => json["relying_parties"]![38]!["status"] = "suspended"),
        "brand status mismatch" => SignedLists.SignEdited(Many(), json => json["identity_providers"]![1]!["brands"]![0]!["status"] = "suspended"),
        "private key" => SignedLists.SignEdited(Many(), json => json["relying_parties"]![39]!["client_authentication"]!["jwks"]!["keys"]![0]!["d"] = "c2VjcmV0"),
        "duplicate deep" => SignedLists.Tamper(SignedLists.Sign(Many()), "\"kind\": \"public\"", "\"kind\": \"public\", \"kind\": \"public\""),
        "trailing content" => [.. SignedLists.Sign(Many()), .. "{}"u8],
        "truncated" => SignedLists.Sign(Many())[..^40],
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    [Theory]
    [MemberData(nameof(Lists))]
    public void VerifyFile_AnyWindow_SameVerdictAsInMemory(string list, int windowBytes)
    {
        var json = List(list);

        var inMemory = Verifiers.Pinning().Verify(json);
        var fromFile = Windowed(windowBytes).VerifyFile(Write(json));

        Assert.Equal(inMemory.IsSuccess, fromFile.IsSuccess);
        if (inMemory.IsSuccess)
        {
            Assert.Equal(Serialized(inMemory.Value), Serialized(fromFile.Value));
            Assert.Equal(inMemory.Value.Digest, fromFile.Value.Digest);
        }
        else
        {
            Assert.Equal(inMemory.Error, fromFile.Error);
        }
    }

    [Fact]
    public void Verify_GoodList_DigestAndLengthOfTheSignedBytes()
    {
        var json = SignedLists.Sign(Many());

        var snapshot = Verifiers.Pinning().Verify(json).Value;

        Assert.Equal(TrustListDigest.Compute(json), snapshot.Digest);
        Assert.Equal(json.Length, snapshot.Length);
        Assert.Equal(43, snapshot.Digest.Length);
    }

    [Fact]
    public void VerifyFile_MissingFile_SourceUnavailable()
        => Assert.Equal(TrustListErrorCodes.SourceUnavailable, Verifiers.Pinning().VerifyFile(Path.Combine(_directory, "missing.json")).Error?.Code);

    [Fact]
    public void VerifyFile_OverCap_TooLargeBeforeReading()
    {
        var verifier = new TrustListVerifier(new TrustListVerifierOptions { Anchors = [TestKeys.Coordinator.PublicAnchor], MaxDocumentBytes = 100 }, Verifiers.Clock());

        Assert.Equal(TrustListErrorCodes.TooLarge, verifier.VerifyFile(Write(SignedLists.Sign(Many()))).Error?.Code);
    }

    private static string Serialized(TrustListSnapshot snapshot) => JsonSerializer.Serialize(snapshot.Document, TrustListJson.Options);
}
