using System.Security.Claims;
using Hub.Gateway.OpenIdProvider.Codes;
using Hub.Gateway.Stores;
using Hub.Gateway.Stores.Abstractions;
using Hub.Gateway.Stores.InMemory;
using Hub.Gateway.Tests.Operations.Logging;
using Hub.TrustList.Common;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using OpenIddict.Abstractions;
using OpenIddict.Server;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Hub.Gateway.Tests.OpenIdProvider.Codes;

public sealed class RedeemCodeHandleTests : IDisposable
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 5, 1, 9, 0, 0, TimeSpan.Zero));
    private readonly RecordingCodeStore _store;
    private readonly CapturingLoggerProvider _logs = new();
    private readonly ILoggerFactory _loggerFactory;

    public RedeemCodeHandleTests()
    {
        _store = new RecordingCodeStore(new InMemoryAuthorizationCodeStore(_time, Microsoft.Extensions.Options.Options.Create(new HubStoreOptions())));
        _loggerFactory = LoggerFactory.Create(builder => builder.AddProvider(_logs).SetMinimumLevel(LogLevel.Trace));
    }

    public void Dispose() => _loggerFactory.Dispose();

    [Fact]
    public async Task HandleAsync_StoredHandle_AttachesTheCodesPrincipal()
    {
        var handle = await StoreAsync();
        var context = Context(handle);

        await Handler().HandleAsync(context);

        Assert.False(context.IsRejected);
        Assert.NotNull(context.Principal);
        Assert.Equal("pairwise-subject", context.Principal.GetClaim(Claims.Subject));
        Assert.True(context.Principal.HasTokenType(TokenTypeIdentifiers.Private.AuthorizationCode));
    }

    [Fact]
    public async Task HandleAsync_HandleRedeemedBefore_InvalidGrantLoggedAsAReplay()
    {
        var handle = await StoreAsync();
        await Handler().HandleAsync(Context(handle));
        var again = Context(handle);

        await Handler().HandleAsync(again);

        Assert.True(again.IsRejected);
        Assert.Equal(Errors.InvalidGrant, again.Error);
        Assert.Null(again.Principal);
        var replay = Assert.Single(_logs.Records, r => r.EventId.Id == 4102);
        Assert.Equal("osaka-service", replay.Values["ClientId"]);
        Assert.DoesNotContain(_logs.Records, r => r.Message.Contains(handle, StringComparison.Ordinal));
    }

    [Fact]
    public async Task HandleAsync_UnknownHandle_InvalidGrantLoggedAsUnknown()
    {
        var context = Context(CodeHandle.Create(SystemSecureRandom.Instance));

        await Handler().HandleAsync(context);

        Assert.True(context.IsRejected);
        Assert.Equal(Errors.InvalidGrant, context.Error);
        Assert.Contains(_logs.Records, r => r.EventId.Id == 4101 && Equals(r.Values["Code"], "op.code.unknown"));
    }

    [Fact]
    public async Task HandleAsync_ExpiredHandle_InvalidGrant()
    {
        var handle = await StoreAsync();
        _time.Advance(TimeSpan.FromSeconds(61));
        var context = Context(handle);

        await Handler().HandleAsync(context);

        Assert.True(context.IsRejected);
        Assert.Equal(Errors.InvalidGrant, context.Error);
    }

    [Theory]
    [InlineData("eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.")]
    [InlineData("short")]
    public async Task HandleAsync_NotAHandle_InvalidGrantWithoutAStoreLookup(string token)
    {
        var context = Context(token);

        await Handler().HandleAsync(context);

        Assert.True(context.IsRejected);
        Assert.Equal(Errors.InvalidGrant, context.Error);
        Assert.Contains(_logs.Records, r => r.EventId.Id == 4101 && Equals(r.Values["Code"], "op.code.malformed"));
        Assert.Empty(_store.Redeemed);
    }

    [Fact]
    public async Task HandleAsync_OtherTokenTypes_LeftToOpenIddict()
    {
        var handle = await StoreAsync();
        var context = Context(handle, TokenTypeIdentifiers.AccessToken);

        await Handler().HandleAsync(context);

        Assert.False(context.IsRejected);
        Assert.Null(context.Principal);
        Assert.Empty(_store.Redeemed);
    }

    private RedeemCodeHandle Handler() => new(_store, _loggerFactory.CreateLogger<RedeemCodeHandle>());

    private async Task<string> StoreAsync()
    {
        var identity = new ClaimsIdentity("hub", Claims.Name, Claims.Role);
        identity.AddClaim(new Claim(Claims.Subject, "pairwise-subject"));
        var handle = CodeHandle.Create(SystemSecureRandom.Instance);
        Assert.True(await _store.TryStoreAsync(
            handle, StoredCodePrincipal.From(new ClaimsPrincipal(identity)), new CodeOwner("pairwise-subject", "osaka-service"), TimeSpan.FromSeconds(60)));
        return handle;
    }

    private static ValidateTokenContext Context(string token, string tokenType = TokenTypeIdentifiers.Private.AuthorizationCode)
    {
        var transaction = new OpenIddictServerTransaction
        {
            Options = new OpenIddictServerOptions(),
            Logger = NullLogger.Instance,
            Request = new OpenIddictRequest { ClientId = "osaka-service", GrantType = GrantTypes.AuthorizationCode, Code = token },
        };
        var context = new ValidateTokenContext(transaction) { Token = token };
        context.ValidTokenTypes.Add(tokenType);
        return context;
    }
}
