using System.Text;
using System.Xml;
using Hub.Adapters.Abstractions;
using Hub.Adapters.Saml2.Model;
using Hub.Adapters.Saml2.Signature;
using Hub.Adapters.Saml2.Validation;
using Hub.TrustList.Common;
using Microsoft.Extensions.Time.Testing;

namespace Hub.Adapters.Tests.Saml2.TestSupport;

/// <summary>One validation setup: a fake clock, a replay cache, the validator and the parameters of one flow.</summary>
internal sealed class SamlTestContext
{
    public const string IdpEntityId = "https://idp.mebuku.test/saml";
    public const string SpEntityId = "https://hub.test/saml2";
    public const string AcsUrl = "https://hub.test/saml2/acs";
    public const string RequestId = "_0123456789abcdef0123456789abcdef";
    public const string ProviderId = "mebuku-id";

    public static readonly DateTimeOffset Start = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);

    public SamlTestContext(TestIdentityProvider? pinned = null)
    {
        Pinned = pinned ?? TestIdentityProvider.Rsa;
        ReplayCache = new InMemoryReplayCache(Time);
        Validator = new Saml2ResponseValidator(ReplayCache, Time);
    }

    public FakeTimeProvider Time { get; } = new(Start);

    public InMemoryReplayCache ReplayCache { get; }

    public TestIdentityProvider Pinned { get; }

    public Saml2ResponseValidator Validator { get; }

    public TimeSpan ClockSkew { get; init; } = TimeSpan.FromMinutes(2);

    public ResponseSpec Spec() => new(Time.GetUtcNow());

    public Saml2ValidationParameters Parameters => new(
        ProviderId, IdpEntityId, PinnedSigningKeys.FromBase64Der([Pinned.CertificateBase64]), SpEntityId, AcsUrl, RequestId, ClockSkew);

    public Task<Result<Valid<Saml2Assertion>, AdapterError>> ValidateAsync(XmlDocument document)
        => ValidateAsync(document.OuterXml);

    /// <summary>Serialises and validates from bytes, as the POST binding delivers them.</summary>
    public Task<Result<Valid<Saml2Assertion>, AdapterError>> ValidateAsync(string xml)
        => Validator.ValidateAsync(Encoding.UTF8.GetBytes(xml), Parameters, CancellationToken.None);
}
