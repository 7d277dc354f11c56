using Hub.TrustList.Common;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Sandbox.RelyingParty.Keys;
using Sandbox.RelyingParty.Oidc;
using Sandbox.RelyingParty.Tests.Support;

namespace Sandbox.RelyingParty.Tests.Oidc;

public sealed class ClientAssertionFactoryTests
{
    private const string TokenEndpoint = "http://localhost:5080/connect/token";

    [Fact]
    public async Task Create_DemoKey_VerifiesWithTheRegisteredPublicKey()
    {
        var time = TestClock.Start();
        var factory = Factory(time, new CountingRandom());

        var assertion = factory.Create(TokenEndpoint);

        var result = await new JsonWebTokenHandler().ValidateTokenAsync(assertion, new TokenValidationParameters
        {
            ValidIssuer = "osaka-kosodate",
            ValidAudience = TokenEndpoint,
            IssuerSigningKey = TestKeys.RpPublicKey(),
            ValidateLifetime = false,
        });
        Assert.True(result.IsValid, result.Exception?.Message);
        var token = (JsonWebToken)result.SecurityToken;
        Assert.Equal("osaka-kosodate", token.Subject);
        Assert.Equal(time.GetUtcNow().UtcDateTime, token.IssuedAt);
        Assert.Equal(time.GetUtcNow().UtcDateTime.AddSeconds(60), token.ValidTo);
        Assert.Equal(time.GetUtcNow().UtcDateTime, token.ValidFrom);
    }

    [Fact]
    public void Create_Twice_UsesAFreshJti()
    {
        var factory = Factory(TestClock.Start(), new CountingRandom());

        var first = new JsonWebToken(factory.Create(TokenEndpoint));
        var second = new JsonWebToken(factory.Create(TokenEndpoint));

        Assert.NotEqual(first.Id, second.Id);
    }

    private static ClientAssertionFactory Factory(TimeProvider time, ISecureRandom random)
    {
        var options = new DemoRelyingPartyOptions { TimeProvider = time, Random = random };
        return new ClientAssertionFactory(ClientKeySource.Load(options), options);
    }

    /// <summary>Deterministic "randomness": each call fills with the next counter value.</summary>
    private sealed class CountingRandom : ISecureRandom
    {
        private byte _next;

        public void Fill(Span<byte> destination) => destination.Fill(++_next);
    }
}
