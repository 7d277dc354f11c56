using System.Security.Claims;
using Hub.Gateway.OpenIdProvider.Codes;
using Hub.Gateway.OpenIdProvider.Token;
using Hub.Gateway.Stores;
using Hub.Gateway.Stores.Abstractions;
using Hub.Gateway.Stores.InMemory;
using Hub.TrustList.Common;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using OpenIddict.Abstractions;
using OpenIddict.Server;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Hub.Gateway.Tests.OpenIdProvider.Codes;

public sealed class IssueCodeHandleTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 5, 1, 9, 0, 0, TimeSpan.Zero));
    private readonly RecordingCodeStore _store;

    public IssueCodeHandleTests()
        => _store = new RecordingCodeStore(new InMemoryAuthorizationCodeStore(_time, Microsoft.Extensions.Options.Options.Create(new HubStoreOptions())));

    [Fact]
    public async Task HandleAsync_AuthorizationCode_AttachesAHandleStoredForTheCodesLifetimeWithItsOwner()
    {
        var context = Context(TokenTypeIdentifiers.Private.AuthorizationCode);

        await Handler().HandleAsync(context);

        Assert.False(context.IsRejected);
        Assert.True(CodeHandle.IsWellFormed(context.Token));
        var stored = Assert.Single(_store.Stored);
        Assert.Equal(context.Token, stored.Code);
        Assert.Equal(TimeSpan.FromSeconds(60), stored.TimeToLive);
        Assert.Equal(new CodeOwner("pairwise-subject", "osaka-service"), stored.Owner);
        _time.Advance(TimeSpan.FromSeconds(59));
        var redemption = await _store.TryRedeemAsync<StoredCodePrincipal>(context.Token!);
        Assert.Equal(CodeRedemptionStatus.Redeemed, redemption.Status);
        Assert.Equal("pairwise-subject", RedeemedCode.From(redemption.Data!).Subject);
    }

    [Fact]
    public async Task HandleAsync_AuthorizationCode_GoneFromTheStoreAfterItsLifetime()
    {
        var context = Context(TokenTypeIdentifiers.Private.AuthorizationCode);
        await Handler().HandleAsync(context);

        _time.Advance(TimeSpan.FromSeconds(61));

        Assert.Equal(CodeRedemptionStatus.NotFound, (await _store.TryRedeemAsync<StoredCodePrincipal>(context.Token!)).Status);
    }

    [Theory]
    [InlineData(TokenTypeIdentifiers.AccessToken)]
    [InlineData(TokenTypeIdentifiers.IdentityToken)]
    public async Task HandleAsync_OtherTokenType_LeftToOpenIddict(string tokenType)
    {
        var context = Context(tokenType);

        await Handler().HandleAsync(context);

        Assert.True(string.IsNullOrEmpty(context.Token));
        Assert.Empty(_store.Stored);
    }

    [Fact]
    public async Task HandleAsync_StoreRefusesTheHandle_ServerErrorAndNoCode()
    {
        var context = Context(TokenTypeIdentifiers.Private.AuthorizationCode);

        await new IssueCodeHandle(new CodeIssuer(new RefusingStore(), SystemSecureRandom.Instance), _time).HandleAsync(context);

        Assert.True(context.IsRejected);
        Assert.Equal(Errors.ServerError, context.Error);
        Assert.True(string.IsNullOrEmpty(context.Token));
    }

    private IssueCodeHandle Handler() => new(new CodeIssuer(_store, SystemSecureRandom.Instance), _time);

    private GenerateTokenContext Context(string tokenType)
    {
        var transaction = new OpenIddictServerTransaction { Options = new OpenIddictServerOptions(), Logger = NullLogger.Instance };
        var identity = new ClaimsIdentity("hub", Claims.Name, Claims.Role);
        identity.AddClaim(new Claim(Claims.Subject, "pairwise-subject"));
        var principal = new ClaimsPrincipal(identity).SetExpirationDate(_time.GetUtcNow().AddSeconds(60));
        return new GenerateTokenContext(transaction) { Principal = principal, TokenType = tokenType, ClientId = "osaka-service" };
    }

    private sealed class RefusingStore : IAuthorizationCodeStore
    {
        public Task<bool> TryStoreAsync<T>(string code, T data, CodeOwner owner, TimeSpan timeToLive, CancellationToken cancellationToken = default)
            => Task.FromResult(false);

        public Task<CodeRedemption<T>> TryRedeemAsync<T>(string code, CancellationToken cancellationToken = default)
            => Task.FromResult(CodeRedemption<T>.NotFound);
    }
}
