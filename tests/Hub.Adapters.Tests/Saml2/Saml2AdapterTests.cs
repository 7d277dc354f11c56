using System.Xml;
using Hub.Adapters.Abstractions;
using Hub.Adapters.Saml2;
using Hub.Adapters.Saml2.Bindings;
using Hub.Adapters.Saml2.Options;
using Hub.Adapters.Saml2.Requests;
using Hub.Adapters.Saml2.Xml;
using Hub.Adapters.Tests.Saml2.TestSupport;
using Hub.TrustList.Common;
using Hub.TrustList.Loading;
using Hub.TrustList.Model;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Hub.Adapters.Tests.Saml2;

public sealed class Saml2AdapterTests
{
    private static readonly Uri Callback = new("https://hub.test/callback/mebuku-id");

    private readonly FakeTimeProvider _time = new(SamlTestContext.Start);
    private readonly FakeAssertionTranslator _translator = new();
    private readonly FixedTrustListSource _trustList = TestTrustList.Source(TestTrustList.Provider());
    private readonly Saml2SpOptions _options = SandboxKeys.SpOptions();

    [Fact]
    public async Task BeginAsync_AccreditedProvider_RedirectsWithSignedAuthnRequest()
    {
        var outgoing = ResultAssert.Success(await Adapter().BeginAsync(Context(LevelOfAssurance.B), CancellationToken.None));

        Assert.StartsWith(TestTrustList.SsoUrl.AbsoluteUri + "?SAMLRequest=", outgoing.RedirectUrl.AbsoluteUri, StringComparison.Ordinal);
        var message = ResultAssert.Success(Saml2RedirectBinding.Decode(outgoing.RedirectUrl.Query, [SandboxKeys.SpCertificate]));
        Assert.True(message.SignatureVerified);
        Assert.Equal(outgoing.Pending.Correlation, message.RelayState);

        var request = ResultAssert.Success(Saml2SafeXml.Load(message.Xml)).DocumentElement!;
        var requestId = outgoing.Pending.Values[Saml2Adapter.RequestIdKey];
        Assert.Matches("^_[0-9a-f]{32}$", requestId);
        Assert.Equal(requestId, request.GetAttribute("ID"));
        Assert.Equal(TestTrustList.SsoUrl.AbsoluteUri, request.GetAttribute("Destination"));
        Assert.Equal(SamlTestContext.AcsUrl, request.GetAttribute("AssertionConsumerServiceURL"));
        Assert.Equal(Saml2Constants.HttpPostBinding, request.GetAttribute("ProtocolBinding"));
        Assert.Equal(SamlTestContext.SpEntityId, Child(request, "Issuer", Saml2Constants.AssertionNamespace).InnerText);
        var requested = Child(request, "RequestedAuthnContext", Saml2Constants.ProtocolNamespace);
        Assert.Equal("minimum", requested.GetAttribute("Comparison"));
        Assert.Equal(LoaAuthnContextClass.B, Child(requested, "AuthnContextClassRef", Saml2Constants.AssertionNamespace).InnerText);
    }

    [Fact]
    public async Task BeginAsync_TamperedRedirectUrl_FailsQuerySignature()
    {
        var outgoing = ResultAssert.Success(await Adapter().BeginAsync(Context(LevelOfAssurance.B), CancellationToken.None));
        var tampered = outgoing.RedirectUrl.Query.Replace("RelayState=", "RelayState=x", StringComparison.Ordinal);

        ResultAssert.Rejected(Saml2RedirectBinding.Decode(tampered, [SandboxKeys.SpCertificate]), Saml2ErrorCodes.SignatureInvalid);
    }

    [Fact]
    public async Task BeginAsync_LevelD_SendsNoRequestedAuthnContext()
    {
        var outgoing = ResultAssert.Success(await Adapter().BeginAsync(Context(LevelOfAssurance.D), CancellationToken.None));

        var message = ResultAssert.Success(Saml2RedirectBinding.Decode(outgoing.RedirectUrl.Query, [SandboxKeys.SpCertificate]));
        Assert.DoesNotContain("RequestedAuthnContext", message.Xml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BeginAsync_TwoRequests_UseFreshIdsAndRelayStates()
    {
        var adapter = Adapter();
        var first = ResultAssert.Success(await adapter.BeginAsync(Context(LevelOfAssurance.C), CancellationToken.None)).Pending;
        var second = ResultAssert.Success(await adapter.BeginAsync(Context(LevelOfAssurance.C), CancellationToken.None)).Pending;

        Assert.NotEqual(first.Values[Saml2Adapter.RequestIdKey], second.Values[Saml2Adapter.RequestIdKey]);
        Assert.NotEqual(first.Correlation, second.Correlation);
        Assert.Equal(SamlTestContext.Start, first.CreatedAt);
    }

    [Theory]
    [InlineData(EntryStatus.Suspended, EntryStatus.Accredited, TestTrustList.BrandId)]
    [InlineData(EntryStatus.Withdrawn, EntryStatus.Accredited, null)]
    [InlineData(EntryStatus.Accredited, EntryStatus.Suspended, TestTrustList.BrandId)]
    [InlineData(EntryStatus.Accredited, EntryStatus.Accredited, "unknown-brand")]
    public async Task BeginAsync_NotAccredited_RefusesBeforeBuildingRequest(EntryStatus provider, EntryStatus brand, string? brandId)
    {
        _trustList.Current = TestTrustList.Snapshot(TestTrustList.Provider(provider, brand));

        var result = await Adapter().BeginAsync(Context(LevelOfAssurance.B) with { BrandId = brandId }, CancellationToken.None);

        Assert.Equal(AdapterErrorKind.NotAccredited, ResultAssert.Rejected(result, Saml2ErrorCodes.ProviderNotAccredited).Kind);
    }

    [Fact]
    public async Task BeginAsync_UnknownProvider_RefusesNotAccredited()
    {
        var result = await Adapter().BeginAsync(Context(LevelOfAssurance.B) with { ProviderId = "nobody" }, CancellationToken.None);

        ResultAssert.Rejected(result, Saml2ErrorCodes.ProviderNotAccredited);
    }

    [Fact]
    public async Task BeginAsync_OidcProvider_RefusesProtocol()
    {
        _trustList.Current = TestTrustList.Snapshot(TestTrustList.Provider(protocol: ProviderProtocol.Oidc));

        ResultAssert.Rejected(await Adapter().BeginAsync(Context(LevelOfAssurance.B), CancellationToken.None), Saml2ErrorCodes.ProviderProtocol);
    }

    [Fact]
    public async Task CompleteAsync_ValidResponse_TranslatesProviderAssertion()
    {
        var adapter = Adapter();
        var pending = await BeginAsync(adapter);

        var identity = ResultAssert.Success(await adapter.CompleteAsync(Post(SignedResponseFor(pending), pending.Correlation), pending, CancellationToken.None));

        var received = _translator.Received!;
        Assert.Equal("mebuku-7f3c9a12e4b0", identity.ProviderSubject);
        Assert.Equal(SamlTestContext.ProviderId, received.ProviderId);
        Assert.Equal("mebuku-7f3c9a12e4b0", received.Subject);
        Assert.Equal(SamlTestContext.Start.AddSeconds(-30), received.AuthTime);
        Assert.Equal(["urn:jp:regional-id:loa:B"], received.AuthnContext);
        Assert.Equal(["jpki", "face"], received.Amr);
        Assert.Equal(["平成2年1月15日"], received.Attributes["urn:mebuku:attribute:birthdate"]);
    }

    [Fact]
    public async Task CompleteAsync_NoAmrAttribute_ReturnsEmptyAmr()
    {
        var adapter = Adapter();
        var pending = await BeginAsync(adapter);
        var spec = new ResponseSpec(_time.GetUtcNow()) { InResponseTo = RequestId(pending), ConfirmationInResponseTo = RequestId(pending) };
        spec.Attributes.Remove("urn:mebuku:attribute:amr");

        ResultAssert.Success(await adapter.CompleteAsync(Post(TestIdentityProvider.Rsa.SignedResponse(spec).OuterXml, pending.Correlation), pending, CancellationToken.None));

        Assert.Empty(_translator.Received!.Amr);
    }

    [Fact]
    public async Task CompleteAsync_SignedWithSecondPinnedCertificateDuringRollover_Succeeds()
    {
        _trustList.Current = TestTrustList.Snapshot(TestTrustList.Provider(certificates: [TestIdentityProvider.Attacker.CertificateBase64, TestIdentityProvider.Rsa.CertificateBase64]));
        var adapter = Adapter();
        var pending = await BeginAsync(adapter);

        ResultAssert.Success(await adapter.CompleteAsync(Post(SignedResponseFor(pending), pending.Correlation), pending, CancellationToken.None));
    }

    [Fact]
    public async Task CompleteAsync_CertificateNoLongerPinned_RejectsSignatureInvalid()
    {
        var adapter = Adapter();
        var pending = await BeginAsync(adapter);
        _trustList.Current = TestTrustList.Snapshot(TestTrustList.Provider(certificates: [TestIdentityProvider.Attacker.CertificateBase64]));

        ResultAssert.Rejected(await adapter.CompleteAsync(Post(SignedResponseFor(pending), pending.Correlation), pending, CancellationToken.None),
            Saml2ErrorCodes.SignatureInvalid);
    }

    [Theory]
    [InlineData(EntryStatus.Suspended, EntryStatus.Accredited)]
    [InlineData(EntryStatus.Accredited, EntryStatus.Withdrawn)]
    public async Task CompleteAsync_SuspendedWhileUserWasAway_RefusesNotAccredited(EntryStatus provider, EntryStatus brand)
    {
        var adapter = Adapter();
        var pending = await BeginAsync(adapter);
        _trustList.Current = TestTrustList.Snapshot(TestTrustList.Provider(provider, brand));

        var result = await adapter.CompleteAsync(Post(SignedResponseFor(pending), pending.Correlation), pending, CancellationToken.None);

        Assert.Equal(AdapterErrorKind.NotAccredited, ResultAssert.Rejected(result, Saml2ErrorCodes.ProviderNotAccredited).Kind);
        Assert.Null(_translator.Received);
    }

    [Fact]
    public async Task CompleteAsync_OtherFlowsRelayState_RejectsRelayState()
    {
        var adapter = Adapter();
        var pending = await BeginAsync(adapter);

        ResultAssert.Rejected(await adapter.CompleteAsync(Post(SignedResponseFor(pending), "another-flow"), pending, CancellationToken.None),
            Saml2ErrorCodes.RelayState);
    }

    [Fact]
    public async Task CompleteAsync_GetRequest_RejectsBinding()
    {
        var adapter = Adapter();
        var pending = await BeginAsync(adapter);
        var callback = Post(SignedResponseFor(pending), pending.Correlation) with { Method = "GET" };

        ResultAssert.Rejected(await adapter.CompleteAsync(callback, pending, CancellationToken.None), Saml2ErrorCodes.Binding);
    }

    [Fact]
    public async Task CompleteAsync_OversizedPost_RejectsSize()
    {
        var adapter = Adapter();
        var pending = await BeginAsync(adapter);
        var callback = new ProviderCallback("POST", new Uri(SamlTestContext.AcsUrl), new Dictionary<string, string>(),
            new Dictionary<string, string> { ["SAMLResponse"] = new string('A', _options.MaxResponseBase64Length + 4), ["RelayState"] = pending.Correlation });

        ResultAssert.Rejected(await adapter.CompleteAsync(callback, pending, CancellationToken.None), Saml2ErrorCodes.Size);
    }

    [Fact]
    public async Task CompleteAsync_ResponseToAnotherRequest_RejectsInResponseTo()
    {
        var adapter = Adapter();
        var first = await BeginAsync(adapter);
        var second = await BeginAsync(adapter);

        ResultAssert.Rejected(await adapter.CompleteAsync(Post(SignedResponseFor(first), second.Correlation), second, CancellationToken.None),
            Saml2ErrorCodes.InResponseTo);
    }

    [Fact]
    public async Task CompleteAsync_Replayed_RejectsReplay()
    {
        var adapter = Adapter();
        var pending = await BeginAsync(adapter);
        var post = Post(SignedResponseFor(pending), pending.Correlation);
        ResultAssert.Success(await adapter.CompleteAsync(post, pending, CancellationToken.None));

        ResultAssert.Rejected(await adapter.CompleteAsync(post, pending, CancellationToken.None), Saml2ErrorCodes.Replay);
    }

    [Fact]
    public async Task CompleteAsync_UserCancelled_ReturnsProviderDenied()
    {
        var adapter = Adapter();
        var pending = await BeginAsync(adapter);
        var spec = new ResponseSpec(_time.GetUtcNow())
        {
            InResponseTo = RequestId(pending),
            StatusCode = Saml2Constants.Status.Responder,
            SubStatusCode = Saml2Constants.Status.AuthnFailed,
        };
        var document = TestIdentityProvider.BuildResponse(spec);
        document.DocumentElement!.RemoveChild(TestIdentityProvider.Assertion(document));

        var result = await adapter.CompleteAsync(Post(document.OuterXml, pending.Correlation), pending, CancellationToken.None);

        Assert.Equal(AdapterErrorKind.ProviderDenied, ResultAssert.Rejected(result, Saml2ErrorCodes.Status).Kind);
    }

    private Saml2Adapter Adapter() => new(
        _trustList, _translator, new InMemoryReplayCache(_time), _time, SystemSecureRandom.Instance,
        Microsoft.Extensions.Options.Options.Create(_options), NullLogger<Saml2Adapter>.Instance);

    private static AuthenticationRequestContext Context(LevelOfAssurance loa)
        => new(SamlTestContext.ProviderId, TestTrustList.BrandId, loa, Callback, "flow-1");

    private static async Task<PendingAuthentication> BeginAsync(Saml2Adapter adapter)
        => ResultAssert.Success(await adapter.BeginAsync(Context(LevelOfAssurance.B), CancellationToken.None)).Pending;

    private static string RequestId(PendingAuthentication pending) => pending.Values[Saml2Adapter.RequestIdKey];

    private string SignedResponseFor(PendingAuthentication pending)
    {
        var spec = new ResponseSpec(_time.GetUtcNow()) { InResponseTo = RequestId(pending), ConfirmationInResponseTo = RequestId(pending) };
        return TestIdentityProvider.Rsa.SignedResponse(spec).OuterXml;
    }

    private static ProviderCallback Post(string xml, string relayState) => new(
        "POST", new Uri(SamlTestContext.AcsUrl), new Dictionary<string, string>(),
        new Dictionary<string, string> { ["SAMLResponse"] = Saml2PostBinding.Encode(xml), ["RelayState"] = relayState });

    private static XmlElement Child(XmlElement parent, string localName, string ns)
        => parent.ChildNodes.OfType<XmlElement>().Single(e => e.LocalName == localName && e.NamespaceURI == ns);
}
