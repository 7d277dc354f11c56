using System.Security.Cryptography;
using System.Text;
using Hub.Gateway.OpenIdProvider.Keys;
using Hub.Gateway.OpenIdProvider.Token;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Hub.Gateway.Tests.OpenIdProvider.Token;

/// <summary>The hub's own JWS signing, checked by an independent validator (Microsoft.IdentityModel) with the public key only.</summary>
public sealed class CompactJwsTests
{
    private static readonly byte[] Payload = Encoding.UTF8.GetBytes("""{"iss":"https://hub.example/","aud":"rp","sub":"s","name":"前橋 花子","exp":4102444800}""");

    [Fact]
    public async Task Sign_Es256_VerifiesWithThePublicKey()
    {
        using var ecdsa = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var token = CompactJws.Sign(new ECDsaSecurityKey(ecdsa) { KeyId = "ec-1" }, HubKeyAlgorithms.Es256, Payload);

        var publicKey = new ECDsaSecurityKey(ECDsa.Create(ecdsa.ExportParameters(includePrivateParameters: false))) { KeyId = "ec-1" };
        var jwt = await AssertValidAsync(token, publicKey, SecurityAlgorithms.EcdsaSha256);
        Assert.Equal(64, Base64UrlEncoder.DecodeBytes(token.Split('.')[2]).Length);
        Assert.Equal("ec-1", jwt.Kid);
    }

    [Fact]
    public async Task Sign_Rs256_VerifiesWithThePublicKey()
    {
        using var rsa = RSA.Create(2048);
        var token = CompactJws.Sign(new RsaSecurityKey(rsa) { KeyId = "rsa-1" }, HubKeyAlgorithms.Rs256, Payload);

        var publicKey = new RsaSecurityKey(rsa.ExportParameters(includePrivateParameters: false)) { KeyId = "rsa-1" };
        var jwt = await AssertValidAsync(token, publicKey, SecurityAlgorithms.RsaSha256);
        Assert.Equal("rsa-1", jwt.Kid);
    }

    [Fact]
    public void Sign_KeyOfTheOtherAlgorithm_Throws()
    {
        using var ecdsa = ECDsa.Create(ECCurve.NamedCurves.nistP256);

        var thrown = Assert.Throws<InvalidOperationException>(() => CompactJws.Sign(new ECDsaSecurityKey(ecdsa) { KeyId = "ec-1" }, HubKeyAlgorithms.Rs256, Payload));
        Assert.Contains("ec-1", thrown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sign_ChangedPayload_DoesNotVerify()
    {
        using var ecdsa = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var parts = CompactJws.Sign(new ECDsaSecurityKey(ecdsa) { KeyId = "ec-1" }, HubKeyAlgorithms.Es256, Payload).Split('.');
        var forged = parts[0] + "." + Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes("""{"iss":"https://hub.example/","aud":"rp","sub":"other","exp":4102444800}""")) + "." + parts[2];

        var result = await new JsonWebTokenHandler().ValidateTokenAsync(forged, Parameters(new ECDsaSecurityKey(ecdsa) { KeyId = "ec-1" }, SecurityAlgorithms.EcdsaSha256));

        Assert.IsType<SecurityTokenInvalidSignatureException>(result.Exception);
    }

    private static async Task<JsonWebToken> AssertValidAsync(string token, SecurityKey publicKey, string algorithm)
    {
        var result = await new JsonWebTokenHandler().ValidateTokenAsync(token, Parameters(publicKey, algorithm));

        Assert.True(result.IsValid, result.Exception?.ToString());
        var jwt = (JsonWebToken)result.SecurityToken;
        Assert.Equal(algorithm, jwt.Alg);
        Assert.Equal("JWT", jwt.Typ);
        Assert.Equal("前橋 花子", jwt.GetClaim("name").Value);
        return jwt;
    }

    private static TokenValidationParameters Parameters(SecurityKey key, string algorithm) => new()
    {
        ValidIssuer = "https://hub.example/",
        ValidAudience = "rp",
        IssuerSigningKey = key,
        ValidAlgorithms = [algorithm],
    };
}
