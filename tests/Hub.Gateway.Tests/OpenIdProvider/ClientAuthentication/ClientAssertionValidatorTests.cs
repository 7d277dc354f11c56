using System.Security.Cryptography;
using System.Text;
using Hub.Adapters.Abstractions;
using Hub.Gateway.OpenIdProvider.ClientAuthentication;
using Hub.Gateway.Tests.OpenIdProvider.Infrastructure;
using Hub.TrustList.Model;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Hub.Gateway.Tests.OpenIdProvider.ClientAuthentication;

public sealed class ClientAssertionValidatorTests
{
    private const string Client = TestTrustList.OsakaService;
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 5, 1, 9, 0, 0, TimeSpan.Zero));
    private readonly TestRelyingPartyKeys _keys = new();
    private readonly RelyingPartyEntry _rp;
    private readonly ClientAssertionValidator _validator;

    public ClientAssertionValidatorTests()
    {
        _rp = TestTrustList.Build(_keys.PublicKeys).FindRelyingParty(Client)!;
        _validator = new ClientAssertionValidator(new InMemoryReplayCache(_time), _time, TestOptions.Create());
    }

    private DateTimeOffset Now => _time.GetUtcNow();

    private async Task<string> ErrorCodeOf(string assertion)
    {
        var result = await _validator.ValidateAsync(assertion, _rp, CancellationToken.None);
        Assert.False(result.IsSuccess);
        Assert.Equal("invalid_client", result.Error!.Error);
        return result.Error.Code;
    }

    [Theory]
    [InlineData(OpenIdProviderHost.Issuer)]
    [InlineData("http://localhost")]
    [InlineData("http://localhost/connect/token")]
    public async Task Validate_GoodAssertion_Accepted(string audience)
    {
        var result = await _validator.ValidateAsync(_keys.CreateAssertion(Client, audience, Now), _rp, CancellationToken.None);

        Assert.True(result.IsSuccess, result.Error?.ToString());
    }

    [Fact]
    public async Task Validate_SameJtiTwice_Replayed()
    {
        var assertion = _keys.CreateAssertion(Client, OpenIdProviderHost.Issuer, Now, jti: "jti-1");
        await _validator.ValidateAsync(assertion, _rp, CancellationToken.None);

        Assert.Equal("op.client_assertion.replayed", await ErrorCodeOf(assertion));
    }

    [Theory]
    [InlineData("http://localhost/connect/authorize")]
    [InlineData("https://other-hub.example/")]
    public async Task Validate_WrongAudience_Rejected(string audience)
        => Assert.Equal("op.client_assertion.audience", await ErrorCodeOf(_keys.CreateAssertion(Client, audience, Now)));

    [Fact]
    public async Task Validate_TwoAudiences_Rejected()
    {
        var descriptor = Descriptor();
        descriptor.Audience = null;
        descriptor.Claims["aud"] = new[] { OpenIdProviderHost.Issuer, "https://other.example/" };

        Assert.Equal("op.client_assertion.audience", await ErrorCodeOf(Create(descriptor)));
    }

    [Fact]
    public async Task Validate_Expired_Rejected()
    {
        var assertion = _keys.CreateAssertion(Client, OpenIdProviderHost.Issuer, Now);
        _time.Advance(TimeSpan.FromMinutes(2));

        Assert.Equal("op.client_assertion.expired", await ErrorCodeOf(assertion));
    }

    [Fact]
    public async Task Validate_LongLived_Rejected()
        => Assert.Equal("op.client_assertion.lifetime", await ErrorCodeOf(_keys.CreateAssertion(Client, OpenIdProviderHost.Issuer, Now, TimeSpan.FromHours(1))));

    [Fact]
    public async Task Validate_NoExpiry_Rejected()
    {
        var descriptor = Descriptor();
        descriptor.Expires = null;

        Assert.Equal("op.client_assertion.no_expiry", await ErrorCodeOf(Create(descriptor)));
    }

    [Fact]
    public async Task Validate_NotYetValid_Rejected()
        => Assert.Equal("op.client_assertion.not_yet_valid", await ErrorCodeOf(_keys.CreateAssertion(Client, OpenIdProviderHost.Issuer, Now.AddMinutes(2))));

    [Fact]
    public async Task Validate_IssuerIsNotTheClient_Rejected()
        => Assert.Equal("op.client_assertion.issuer", await ErrorCodeOf(_keys.CreateAssertion(Client, OpenIdProviderHost.Issuer, Now, issuer: "other-client")));

    [Fact]
    public async Task Validate_SubjectIsNotTheClient_Rejected()
        => Assert.Equal("op.client_assertion.subject", await ErrorCodeOf(_keys.CreateAssertion(Client, OpenIdProviderHost.Issuer, Now, subject: "other-client")));

    [Fact]
    public async Task Validate_NoJti_Rejected()
        => Assert.Equal("op.client_assertion.jti", await ErrorCodeOf(_keys.CreateAssertion(Client, OpenIdProviderHost.Issuer, Now, omitJti: true)));

    [Fact]
    public async Task Validate_SignedWithUnpinnedKey_Rejected()
        => Assert.Equal("op.client_assertion.signature", await ErrorCodeOf(new TestRelyingPartyKeys().CreateAssertion(Client, OpenIdProviderHost.Issuer, Now)));

    [Fact]
    public async Task Validate_Hs256WithAnyKey_RejectedBeforeVerification()
    {
        var credentials = new SigningCredentials(new SymmetricSecurityKey(RandomNumberGenerator.GetBytes(32)), SecurityAlgorithms.HmacSha256);

        Assert.Equal("op.client_assertion.algorithm", await ErrorCodeOf(_keys.CreateAssertion(Client, OpenIdProviderHost.Issuer, Now, credentials: credentials)));
    }

    [Fact]
    public async Task Validate_Es384_Rejected()
    {
        using var ecdsa = ECDsa.Create(ECCurve.NamedCurves.nistP384);
        var credentials = new SigningCredentials(new ECDsaSecurityKey(ecdsa), SecurityAlgorithms.EcdsaSha384);

        Assert.Equal("op.client_assertion.algorithm", await ErrorCodeOf(_keys.CreateAssertion(Client, OpenIdProviderHost.Issuer, Now, credentials: credentials)));
    }

    [Fact]
    public async Task Validate_AlgNone_Rejected()
    {
        var signed = _keys.CreateAssertion(Client, OpenIdProviderHost.Issuer, Now);
        var unsigned = Base64UrlEncoder.Encode("""{"alg":"none","typ":"JWT"}""") + "." + signed.Split('.')[1] + ".";

        Assert.Equal("op.client_assertion.algorithm", await ErrorCodeOf(unsigned));
    }

    [Fact]
    public async Task Validate_PayloadTampered_SignatureRejected()
    {
        var parts = _keys.CreateAssertion(Client, OpenIdProviderHost.Issuer, Now).Split('.');
        var payload = Encoding.UTF8.GetString(Base64UrlEncoder.DecodeBytes(parts[1])).Replace(Client, Client + "x", StringComparison.Ordinal);
        var tampered = parts[0] + "." + Base64UrlEncoder.Encode(payload) + "." + parts[2];

        Assert.Equal("op.client_assertion.signature", await ErrorCodeOf(tampered));
    }

    [Fact]
    public async Task Validate_UnexpectedTyp_Rejected()
    {
        var descriptor = Descriptor();
        descriptor.TokenType = "at+jwt";

        Assert.Equal("op.client_assertion.type", await ErrorCodeOf(Create(descriptor)));
    }

    [Fact]
    public async Task Validate_ExplicitClientAuthenticationTyp_Accepted()
    {
        var descriptor = Descriptor();
        descriptor.TokenType = "client-authentication+jwt";

        Assert.True((await _validator.ValidateAsync(Create(descriptor), _rp, CancellationToken.None)).IsSuccess);
    }

    [Fact]
    public async Task Validate_Garbage_Malformed()
        => Assert.Equal("op.client_assertion.malformed", await ErrorCodeOf("not-a-jwt"));

    [Fact]
    public async Task Validate_RpWithoutPinnedKeys_Rejected()
    {
        var withoutKeys = _rp with { ClientAuthentication = new Hub.TrustList.Model.ClientAuthentication(ClientAuthenticationMethod.PrivateKeyJwt) };

        var result = await _validator.ValidateAsync(_keys.CreateAssertion(Client, OpenIdProviderHost.Issuer, Now), withoutKeys, CancellationToken.None);

        Assert.Equal("op.client.no_keys", result.Error!.Code);
    }

    private SecurityTokenDescriptor Descriptor() => new()
    {
        Issuer = Client,
        Audience = OpenIdProviderHost.Issuer,
        IssuedAt = Now.UtcDateTime,
        Expires = Now.AddMinutes(1).UtcDateTime,
        Claims = new Dictionary<string, object> { ["sub"] = Client, ["jti"] = Guid.NewGuid().ToString() },
        SigningCredentials = _keys.Credentials,
    };

    private static string Create(SecurityTokenDescriptor descriptor)
        => new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(descriptor);
}
