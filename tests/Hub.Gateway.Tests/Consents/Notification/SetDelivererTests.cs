using System.Net;
using System.Text.Json;
using Hub.Gateway.Consents.Notification;
using Hub.Gateway.OpenIdProvider.Keys;
using Hub.Gateway.Stores.Abstractions;
using Hub.Gateway.Stores.InMemory;
using Hub.Gateway.Tests.OpenIdProvider.Infrastructure;
using Hub.TrustList.Common;
using Microsoft.AspNetCore.DataProtection;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Hub.Gateway.Tests.Consents.Notification;

public sealed class SetDelivererTests
{
    private static readonly Uri Endpoint = new("https://rp.example/consent-revoked");

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));
    private readonly InMemorySetDeliveryStore _store = new();
    private readonly StubHandler _handler = new();
    private readonly SetDeliveryOptions _options = new() { InitialBackoff = TimeSpan.FromSeconds(10), MaxBackoff = TimeSpan.FromSeconds(30), MaxAttempts = 4 };
    private readonly HubKeyRing _keys;

    public SetDelivererTests()
    {
        _keys = new HubKeyRing(new SharedHubKeyStore(new InMemoryHubKeyStore(), new EphemeralDataProtectionProvider()),
            new HubKeyFactory(SystemSecureRandom.Instance), _time, TestOptions.Create(_ => { }), TestOptions.Logger<HubKeyRing>());
    }

    [Fact]
    public async Task RunDueAsync_Accepted_DeliversASignedSetThatNamesTheRevocation()
    {
        _handler.Status = HttpStatusCode.Accepted;
        await QueueAsync();

        Assert.Equal(1, await Deliverer().RunDueAsync(CancellationToken.None));

        Assert.Equal(SetDeliveryState.Delivered, (await _store.GetLatestAsync("owner-1", "osaka-kosodate"))!.State);
        var request = Assert.Single(_handler.Requests);
        Assert.Equal("application/secevent+jwt", request.ContentType);
        var jwt = new JsonWebToken(request.Body);
        Assert.Equal("secevent+jwt", jwt.Typ);
        Assert.Equal("jti-1", jwt.Id);
        Assert.Equal("pairwise-1", jwt.Subject);
        Assert.False(jwt.TryGetPayloadValue<long>("exp", out _));
        var events = JsonDocument.Parse(Base64UrlEncoder.Decode(jwt.EncodedPayload)).RootElement.GetProperty("events");
        var revoked = events.GetProperty(ConsentRevokedEvent.Uri);
        Assert.Equal(["birthdate", "name"], revoked.GetProperty("claims").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(_time.GetUtcNow().ToUnixTimeSeconds(), revoked.GetProperty("revoked_at").GetInt64());
        var keys = await _keys.GetAsync(CancellationToken.None);
        var validation = await new JsonWebTokenHandler().ValidateTokenAsync(request.Body, new TokenValidationParameters
        {
            ValidIssuer = "http://localhost:5080/", ValidAudience = "osaka-kosodate", IssuerSigningKeys = keys.PublishedKeys,
            ValidateLifetime = false, RequireExpirationTime = false,
        });
        Assert.True(validation.IsValid, validation.Exception?.Message);
    }

    [Fact]
    public async Task RunDueAsync_Unavailable_RetriesWithDoublingBackoffThenGivesUp()
    {
        _handler.Status = HttpStatusCode.ServiceUnavailable;
        await QueueAsync();
        var deliverer = Deliverer();

        await deliverer.RunDueAsync(CancellationToken.None);
        var first = (await _store.GetLatestAsync("owner-1", "osaka-kosodate"))!;
        Assert.Equal(SetDeliveryState.Retrying, first.State);
        Assert.Equal(_time.GetUtcNow().AddSeconds(10), first.NextAttemptAt);
        Assert.Equal("http 503", first.LastError);

        _time.Advance(TimeSpan.FromSeconds(9));
        Assert.Equal(0, await deliverer.RunDueAsync(CancellationToken.None));
        _time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(1, await deliverer.RunDueAsync(CancellationToken.None));
        Assert.Equal(_time.GetUtcNow().AddSeconds(20), (await _store.GetLatestAsync("owner-1", "osaka-kosodate"))!.NextAttemptAt);

        _time.Advance(TimeSpan.FromSeconds(20));
        await deliverer.RunDueAsync(CancellationToken.None);
        Assert.Equal(_time.GetUtcNow().AddSeconds(30), (await _store.GetLatestAsync("owner-1", "osaka-kosodate"))!.NextAttemptAt);

        _time.Advance(TimeSpan.FromSeconds(30));
        await deliverer.RunDueAsync(CancellationToken.None);
        var last = (await _store.GetLatestAsync("owner-1", "osaka-kosodate"))!;
        Assert.Equal(SetDeliveryState.Failed, last.State);
        Assert.Equal(4, last.Attempts);
        Assert.Equal(4, _handler.Requests.Count);
        Assert.Single(_handler.Requests.Select(r => new JsonWebToken(r.Body).Id).Distinct());
    }

    [Fact]
    public async Task RunDueAsync_RefusedWith400_FailsWithoutRetrying()
    {
        _handler.Status = HttpStatusCode.BadRequest;
        await QueueAsync();
        var deliverer = Deliverer();

        await deliverer.RunDueAsync(CancellationToken.None);
        _time.Advance(TimeSpan.FromHours(1));
        await deliverer.RunDueAsync(CancellationToken.None);

        var delivery = (await _store.GetLatestAsync("owner-1", "osaka-kosodate"))!;
        Assert.Equal(SetDeliveryState.Failed, delivery.State);
        Assert.Equal("http 400", delivery.LastError);
        Assert.Single(_handler.Requests);
    }

    [Fact]
    public async Task RunDueAsync_ConnectionRefused_Retries()
    {
        _handler.Throw = true;
        await QueueAsync();

        await Deliverer().RunDueAsync(CancellationToken.None);

        var delivery = (await _store.GetLatestAsync("owner-1", "osaka-kosodate"))!;
        Assert.Equal(SetDeliveryState.Retrying, delivery.State);
        Assert.Equal(nameof(HttpRequestException), delivery.LastError);
    }

    [Fact]
    public async Task RunDueAsync_EachOutcome_CountedInTheMetric()
    {
        _handler.Status = HttpStatusCode.ServiceUnavailable;
        await QueueAsync();
        using var meters = new TestMeterFactory();
        var outcomes = new List<string?>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Scope == meters && instrument.Name == "hub.consent_revocation.deliveries")
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, _, tags, _) =>
            outcomes.Add(tags.ToArray().Single(t => t.Key == "outcome").Value as string));
        listener.Start();

        await Deliverer(meters).RunDueAsync(CancellationToken.None);

        Assert.Equal(["retrying"], outcomes);
    }

    [Theory]
    [InlineData(1, 10)]
    [InlineData(2, 20)]
    [InlineData(3, 30)]
    [InlineData(9, 30)]
    public void BackoffAfter_Attempts_DoublesUpToTheMaximum(int attempts, int seconds)
    {
        Assert.Equal(TimeSpan.FromSeconds(seconds), _options.BackoffAfter(attempts));
    }

    private Task QueueAsync() => _store.AddAsync(new SetDelivery("jti-1", "owner-1", "osaka-kosodate", "pairwise-1", Endpoint,
        ["birthdate", "name"], _time.GetUtcNow(), 0, _time.GetUtcNow(), SetDeliveryState.Pending));

    private SetDeliverer Deliverer(IMeterFactory? meters = null) => new(
        _store,
        new SetTokenFactory(_keys, TestOptions.Create(o => o.Issuer = new Uri("http://localhost:5080/")), _time),
        new StubFactory(_handler),
        new SetDeliveryMetrics(meters ?? new TestMeterFactory()),
        Microsoft.Extensions.Options.Options.Create(_options),
        _time,
        NullLogger<SetDeliverer>.Instance);

    private sealed class StubHandler : HttpMessageHandler
    {
        public HttpStatusCode Status { get; set; } = HttpStatusCode.Accepted;

        public bool Throw { get; set; }

        public List<(string? ContentType, string Body)> Requests { get; } = [];

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (Throw)
            {
                throw new HttpRequestException("connection refused");
            }
            Requests.Add((request.Content!.Headers.ContentType?.MediaType, await request.Content.ReadAsStringAsync(cancellationToken)));
            return new HttpResponseMessage(Status);
        }
    }

    private sealed class StubFactory(HttpMessageHandler handler) : IHttpClientFactory
    {
        public HttpClient CreateClient(string name) => new(handler, disposeHandler: false);
    }

    private sealed class TestMeterFactory : IMeterFactory
    {
        private readonly List<Meter> _meters = [];

        public Meter Create(MeterOptions options)
        {
            var meter = new Meter(options.Name, options.Version, options.Tags, scope: this);
            _meters.Add(meter);
            return meter;
        }

        public void Dispose() => _meters.ForEach(m => m.Dispose());
    }
}
