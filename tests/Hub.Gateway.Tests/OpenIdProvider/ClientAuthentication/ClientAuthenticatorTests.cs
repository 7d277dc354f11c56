using Hub.Adapters.Abstractions;
using Hub.Gateway.OpenIdProvider.ClientAuthentication;
using Hub.Gateway.Tests.OpenIdProvider.Infrastructure;
using Hub.TrustList.Loading;
using Microsoft.Extensions.Time.Testing;

namespace Hub.Gateway.Tests.OpenIdProvider.ClientAuthentication;

public sealed class ClientAuthenticatorTests
{
    private const string JwtBearer = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 5, 1, 9, 0, 0, TimeSpan.Zero));
    private readonly TestRelyingPartyKeys _keys = new();
    private readonly FixedTrustListSource _trustList;
    private readonly ClientAuthenticator _authenticator;

    public ClientAuthenticatorTests()
    {
        _trustList = new FixedTrustListSource(TestTrustList.Build(_keys.PublicKeys));
        _authenticator = new ClientAuthenticator(_trustList, new ClientAssertionValidator(new InMemoryReplayCache(_time), _time, TestOptions.Create()));
    }

    private string Assertion(string clientId = TestTrustList.OsakaService)
        => _keys.CreateAssertion(clientId, OpenIdProviderHost.Issuer, _time.GetUtcNow());

    private async Task<string> ErrorCodeOf(ClientAuthenticationRequest request)
    {
        var result = await _authenticator.AuthenticateAsync(request, CancellationToken.None);
        Assert.False(result.IsSuccess);
        return result.Error!.Code;
    }

    [Fact]
    public async Task Authenticate_PrivateKeyJwt_ReturnsTheRelyingParty()
    {
        var result = await _authenticator.AuthenticateAsync(new(TestTrustList.OsakaService, Assertion(), JwtBearer, null, false), CancellationToken.None);

        Assert.Equal(TestTrustList.OsakaService, result.Value.ClientId);
    }

    [Fact]
    public async Task Authenticate_AssertionWithoutClientId_ClientFromIssuer()
    {
        var result = await _authenticator.AuthenticateAsync(new(null, Assertion(), JwtBearer, null, false), CancellationToken.None);

        Assert.Equal(TestTrustList.OsakaService, result.Value.ClientId);
    }

    [Fact]
    public async Task Authenticate_ClientIdDiffersFromAssertionIssuer_Rejected()
        => Assert.Equal("op.client_assertion.issuer", await ErrorCodeOf(new(TestTrustList.SameSectorService, Assertion(), JwtBearer, null, false)));

    [Fact]
    public async Task Authenticate_WrongAssertionType_Rejected()
        => Assert.Equal("op.client_assertion.assertion_type", await ErrorCodeOf(new(TestTrustList.OsakaService, Assertion(), "urn:ietf:params:oauth:client-assertion-type:saml2-bearer", null, false)));

    [Theory]
    [InlineData("unknown-service", "op.client.unknown")]
    [InlineData(TestTrustList.SuspendedService, "op.client.suspended")]
    [InlineData(TestTrustList.WithdrawnService, "op.client.withdrawn")]
    public async Task Authenticate_NotAccredited_Rejected(string clientId, string code)
        => Assert.Equal(code, await ErrorCodeOf(new(clientId, Assertion(clientId), JwtBearer, null, false)));

    [Fact]
    public async Task Authenticate_NoCredentials_Rejected()
        => Assert.Equal("op.client.method_mismatch", await ErrorCodeOf(new(TestTrustList.OsakaService, null, null, null, false)));

    [Fact]
    public async Task Authenticate_NoClientAtAll_Rejected()
        => Assert.Equal("op.client.missing", await ErrorCodeOf(new(null, null, null, null, false)));

    [Fact]
    public async Task Authenticate_AssertionAndSecret_Rejected()
        => Assert.Equal("op.client.multiple_methods", await ErrorCodeOf(new(TestTrustList.OsakaService, Assertion(), JwtBearer, "secret", false)));

    [Fact]
    public async Task Authenticate_SecretForKeyClient_Rejected()
        => Assert.Equal("op.client.method_mismatch", await ErrorCodeOf(new(TestTrustList.OsakaService, null, null, TestTrustList.DemoSecret, true)));

    [Fact]
    public async Task Authenticate_DemoBasicSecret_Accepted()
        => Assert.True((await _authenticator.AuthenticateAsync(new(TestTrustList.DemoBasic, null, null, TestTrustList.DemoSecret, true), CancellationToken.None)).IsSuccess);

    [Fact]
    public async Task Authenticate_DemoPostSecret_Accepted()
        => Assert.True((await _authenticator.AuthenticateAsync(new(TestTrustList.DemoPost, null, null, TestTrustList.DemoSecret, false), CancellationToken.None)).IsSuccess);

    [Fact]
    public async Task Authenticate_BasicClientPostingSecret_Rejected()
        => Assert.Equal("op.client.method_mismatch", await ErrorCodeOf(new(TestTrustList.DemoBasic, null, null, TestTrustList.DemoSecret, false)));

    [Fact]
    public async Task Authenticate_WrongSecret_Rejected()
        => Assert.Equal("op.client.secret_invalid", await ErrorCodeOf(new(TestTrustList.DemoBasic, null, null, "wrong", true)));

    [Fact]
    public async Task Authenticate_SecretForNonDemoEntry_Rejected()
        => Assert.Equal("op.client.secret_not_allowed", await ErrorCodeOf(new(TestTrustList.NonDemoSecret, null, null, TestTrustList.DemoSecret, true)));

    [Fact]
    public async Task Authenticate_AssertionForDemoSecretClient_Rejected()
        => Assert.Equal("op.client.method_mismatch", await ErrorCodeOf(new(TestTrustList.DemoBasic, Assertion(TestTrustList.DemoBasic), JwtBearer, null, false)));

    [Fact]
    public async Task Authenticate_NoTrustList_TemporarilyUnavailable()
    {
        _trustList.Current = null;

        var result = await _authenticator.AuthenticateAsync(new(TestTrustList.OsakaService, Assertion(), JwtBearer, null, false), CancellationToken.None);

        Assert.Equal("temporarily_unavailable", result.Error!.Error);
    }
}
