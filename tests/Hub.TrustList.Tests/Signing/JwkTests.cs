using Hub.TrustList.Signing;

namespace Hub.TrustList.Tests.Signing;

public class JwkTests
{
    [Fact]
    public void TrustAnchorFromJwk_PrivateJwk_RefusedAsPrivateKeyMaterial()
    {
        var (privateJwk, _) = KeyGenerator.Generate();

        var error = Assert.Throws<FormatException>(() => TrustAnchor.FromJwk(privateJwk));
        Assert.Contains("private key material", error.Message);
    }

    [Fact]
    public void SigningKeyFromJwk_PublicJwk_RefusedForLackingD()
    {
        var (_, publicJwk) = KeyGenerator.Generate();

        var error = Assert.Throws<FormatException>(() => SigningKey.FromJwk(publicJwk));
        Assert.Contains("'d'", error.Message);
    }

    [Fact]
    public void TrustAnchorFromJwk_AlgThatDoesNotFitTheKey_Refused()
    {
        var (_, publicJwk) = KeyGenerator.Generate();

        Assert.Throws<FormatException>(() => TrustAnchor.FromJwk(publicJwk.Replace("\"ES256\"", "\"RS256\"")));
    }

    [Fact]
    public void TrustAnchorFromJwk_OtherCurve_Refused()
        => Assert.Throws<FormatException>(() => TrustAnchor.FromJwk("""{"kty":"EC","crv":"P-384","x":"AA","y":"AA"}"""));

    [Fact]
    public void TrustAnchorFromJwk_DuplicateMember_Refused()
    {
        var (_, publicJwk) = KeyGenerator.Generate();

        Assert.Throws<FormatException>(() => TrustAnchor.FromJwk(publicJwk.Replace("\"use\"", "\"kid\"")));
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[]")]
    [InlineData("""{"kty":"EC","crv":"\ud800"}""")]
    [InlineData("""{"kty":"oct","k":"c2VjcmV0"}""")]
    public void TrustAnchorFromJwk_NotAPublicKey_FormatException(string json)
        => Assert.Throws<FormatException>(() => TrustAnchor.FromJwk(json));

    [Fact]
    public void TrustAnchorFromJwk_NoKid_UsesTheThumbprint()
    {
        var (_, publicJwk) = KeyGenerator.Generate();
        var anchor = TrustAnchor.FromJwk(publicJwk);

        var withoutKid = System.Text.Json.Nodes.JsonNode.Parse(publicJwk)!.AsObject();
        withoutKid.Remove("kid");

        Assert.Equal(anchor.KeyId, TrustAnchor.FromJwk(withoutKid.ToJsonString()).KeyId);
    }

    [Fact]
    public void TrustAnchorToJwk_RoundTrips()
    {
        var key = TestSupport.TestKeys.NewKey();

        var again = TrustAnchor.FromJwk(key.PublicAnchor.ToJwk());

        Assert.Equal(key.KeyId, again.KeyId);
        Assert.Equal(JwsAlgorithms.ES256, again.Algorithm);
    }

    [Fact]
    public void SandboxCoordinatorKey_PublicAndPrivate_ShareTheThumbprintKid()
    {
        var root = FindRepositoryRoot();
        var key = SigningKey.FromJwk(File.ReadAllText(Path.Combine(root, "sandbox/keys/coordinator.private.jwk")));
        var anchor = TrustAnchor.FromJwk(File.ReadAllText(Path.Combine(root, "sandbox/keys/coordinator.public.jwk")));

        Assert.Equal(anchor.KeyId, key.KeyId);
        Assert.Equal(key.PublicAnchor.ToJwk(), anchor.ToJwk());
    }

    internal static string FindRepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Federation.sln")))
        {
            directory = directory.Parent;
        }
        return directory?.FullName ?? throw new InvalidOperationException("Federation.sln not found above the test binaries.");
    }
}
