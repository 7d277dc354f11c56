using System.Text;
using Hub.Adapters.Oidc;
using Hub.Adapters.Tests.Oidc.Support;
using Hub.TrustList.Common;

namespace Hub.Adapters.Tests.Oidc.Validation;

/// <summary>
/// OpenID RP conformance cases on the ID token's signature and keys (rp-id_token-sig-*, kid, bad algorithms),
/// each run through the whole flow: the WireMock provider's token endpoint returns the crafted ID token and the
/// adapter must refuse it with the specific code.
/// </summary>
public sealed class IdTokenSignatureConformanceTests
{
    [Fact]
    public async Task CompleteAsync_SigNone_IsRejectedAsAlgNone()
    {
        using var bed = OidcTestBed.Create();

        var result = await bed.RunAsync(p => TestJws.Unsigned(bed.Claims(p)));

        AdapterAssert.Fails(result, OidcErrorCodes.IdTokenAlgNone);
    }

    [Fact]
    public async Task CompleteAsync_InvalidSignature_IsRejected()
    {
        using var bed = OidcTestBed.Create();

        var result = await bed.RunAsync(p =>
        {
            var token = bed.IdToken(p);
            var signature = Base64Url.Decode(token[(token.LastIndexOf('.') + 1)..]);
            signature[10] ^= 0x01;
            return token[..(token.LastIndexOf('.') + 1)] + Base64Url.Encode(signature);
        });

        AdapterAssert.Fails(result, OidcErrorCodes.IdTokenSignatureInvalid);
    }

    [Fact]
    public async Task CompleteAsync_SignedByUnpinnedKeyWithPinnedKid_IsRejectedAsInvalidSignature()
    {
        using var bed = OidcTestBed.Create();
        using var attacker = TestSigningKey.Rsa(kid: "rsa-1");

        var result = await bed.RunAsync(p => bed.IdToken(p, key: attacker));

        AdapterAssert.Fails(result, OidcErrorCodes.IdTokenSignatureInvalid);
    }

    [Fact]
    public async Task CompleteAsync_Hs256WithPublicKeyAsSecret_IsRejectedBeforeVerification()
    {
        using var bed = OidcTestBed.Create();
        var publicKeyBytes = Encoding.UTF8.GetBytes(System.Text.Json.JsonSerializer.Serialize(bed.Rsa.PublicJwk()));

        var result = await bed.RunAsync(p => TestJws.Hmac(publicKeyBytes, bed.Claims(p), kid: bed.Rsa.Kid));

        AdapterAssert.Fails(result, OidcErrorCodes.IdTokenAlgNotAllowed);
    }

    [Fact]
    public async Task CompleteAsync_AlgorithmNotPinnedForProvider_IsRejected()
    {
        using var bed = OidcTestBed.Create(providers: b =>
        [
            TestTrustList.OidcProvider(OidcTestBed.ProviderId, b.BaseUrl, [b.Rsa.PublicJwk(), b.Ec.PublicJwk()], algorithms: ["ES256"]),
        ]);

        var result = await bed.RunAsync(p => bed.IdToken(p, key: bed.Rsa));

        AdapterAssert.Fails(result, OidcErrorCodes.IdTokenAlgNotAllowed);
    }

    [Fact]
    public async Task CompleteAsync_KidAbsentWithSingleKey_IsAccepted()
    {
        using var bed = OidcTestBed.Create(providers: b =>
            [TestTrustList.OidcProvider(OidcTestBed.ProviderId, b.BaseUrl, [b.Rsa.PublicJwk(withKid: false)])]);

        var result = await bed.RunAsync(p => bed.IdToken(p, editHeader: h => h.Remove("kid")));

        AdapterAssert.Succeeds(result);
    }

    [Fact]
    public async Task CompleteAsync_KidAbsentWithOneKeyPerAlgorithm_IsAccepted()
    {
        using var bed = OidcTestBed.Create();

        var result = await bed.RunAsync(p => bed.IdToken(p, key: bed.Ec, editHeader: h => h.Remove("kid")));

        AdapterAssert.Succeeds(result);
    }

    [Fact]
    public async Task CompleteAsync_KidAbsentWithMultipleKeys_IsRejectedAsKidRequired()
    {
        using var second = TestSigningKey.Rsa("rsa-2");
        using var bed = OidcTestBed.Create(providers: b =>
            [TestTrustList.OidcProvider(OidcTestBed.ProviderId, b.BaseUrl, [b.Rsa.PublicJwk(), second.PublicJwk()])]);

        var result = await bed.RunAsync(p => bed.IdToken(p, editHeader: h => h.Remove("kid")));

        AdapterAssert.Fails(result, OidcErrorCodes.IdTokenKidRequired);
    }

    [Fact]
    public async Task CompleteAsync_UnknownKid_IsRejected()
    {
        using var bed = OidcTestBed.Create();

        var result = await bed.RunAsync(p => bed.IdToken(p, editHeader: h => h["kid"] = "rotated-key-not-in-trust-list"));

        AdapterAssert.Fails(result, OidcErrorCodes.IdTokenUnknownKid);
    }

    [Fact]
    public async Task CompleteAsync_KidOfKeyOfAnotherType_IsRejected()
    {
        using var bed = OidcTestBed.Create();

        var result = await bed.RunAsync(p => bed.IdToken(p, key: bed.Rsa, editHeader: h => h["kid"] = bed.Ec.Kid));

        AdapterAssert.Fails(result, OidcErrorCodes.IdTokenKeyAlgMismatch);
    }

    [Fact]
    public async Task CompleteAsync_AttackerKeyInJwkHeader_IsIgnoredAndRejected()
    {
        using var bed = OidcTestBed.Create();
        using var attacker = TestSigningKey.Rsa("attacker");

        var result = await bed.RunAsync(p => bed.IdToken(p, key: attacker, editHeader: h =>
        {
            h.Remove("kid");
            h["jwk"] = attacker.PublicJwkObject();
        }));

        // The only pinned RSA key is tried; the embedded key is never used.
        AdapterAssert.Fails(result, OidcErrorCodes.IdTokenSignatureInvalid);
    }

    [Fact]
    public async Task CompleteAsync_AttackerKeyAnnouncedInJkuAndX5uHeaders_IsNeverFetchedAndRejected()
    {
        using var bed = OidcTestBed.Create();
        using var attacker = TestSigningKey.Rsa("attacker");
        var attackerJwks = bed.BaseUrl + "attacker/jwks.json";
        bed.Server.Given(WireMock.RequestBuilders.Request.Create().WithPath("/attacker/jwks.json").UsingGet())
            .RespondWith(OidcTestBed.Json(200, new { keys = new[] { attacker.PublicJwkObject() } }));

        var result = await bed.RunAsync(p => bed.IdToken(p, key: attacker, editHeader: h =>
        {
            h["jku"] = attackerJwks;
            h["x5u"] = bed.BaseUrl + "attacker/cert.pem";
        }));

        AdapterAssert.Fails(result, OidcErrorCodes.IdTokenUnknownKid);
        Assert.Equal(0, bed.CallsTo("/attacker/jwks.json"));
        Assert.Equal(0, bed.CallsTo("/attacker/cert.pem"));
    }

    [Fact]
    public async Task CompleteAsync_CritHeader_IsRejected()
    {
        using var bed = OidcTestBed.Create();

        var result = await bed.RunAsync(p => bed.IdToken(p, editHeader: h =>
        {
            h["crit"] = new[] { "exp-ext" };
            h["exp-ext"] = 1;
        }));

        AdapterAssert.Fails(result, OidcErrorCodes.IdTokenCritUnsupported);
    }

    [Theory]
    [InlineData("not-a-jwt")]
    [InlineData("a.b")]
    [InlineData("eyJhbGciOiJSUzI1NiJ9.!!!.sig")]
    public async Task CompleteAsync_MalformedIdToken_IsRejected(string idToken)
    {
        using var bed = OidcTestBed.Create();

        var result = await bed.RunAsync(_ => idToken);

        AdapterAssert.Fails(result, OidcErrorCodes.IdTokenMalformed);
    }

    [Fact]
    public async Task CompleteAsync_EncryptedIdToken_IsRejected()
    {
        using var bed = OidcTestBed.Create();
        var header = Base64Url.Encode(Encoding.UTF8.GetBytes("{\"alg\":\"RSA-OAEP\",\"enc\":\"A256GCM\"}"));

        var result = await bed.RunAsync(_ => header + ".a2V5.aXY.Y2lwaGVy.dGFn");

        AdapterAssert.Fails(result, OidcErrorCodes.IdTokenEncrypted);
    }
}
