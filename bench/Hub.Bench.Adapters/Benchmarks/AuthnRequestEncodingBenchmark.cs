using System.Globalization;
using System.Security.Cryptography;
using Hub.Adapters.Saml2;
using Hub.Adapters.Saml2.Bindings;

namespace Hub.Bench.Adapters.Benchmarks;

/// <summary>
/// What the hub does for every SAML-brokered login before the provider is reached: an AuthnRequest of the hub's
/// size DEFLATEd, base64- and URL-encoded, and the Redirect binding's query signature, with the SP key of either
/// kind (docs/performance.md, "An ECDSA SP key").
/// </summary>
internal abstract class AuthnRequestEncodingBenchmark : IBenchmark
{
    private readonly string _xml = string.Create(CultureInfo.InvariantCulture,
        $"""<samlp:AuthnRequest xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ID="_{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16))}" Version="2.0" IssueInstant="2026-12-07T10:00:00Z" Destination="http://127.0.0.1:5081/saml/sso" AssertionConsumerServiceURL="http://127.0.0.1:5080/saml/acs" ProtocolBinding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST"><saml:Issuer>http://127.0.0.1:5080/saml/metadata</saml:Issuer><samlp:NameIDPolicy Format="urn:oasis:names:tc:SAML:2.0:nameid-format:persistent" AllowCreate="true"/><samlp:RequestedAuthnContext Comparison="minimum"><saml:AuthnContextClassRef>urn:jp:regional-id:loa:B</saml:AuthnContextClassRef></samlp:RequestedAuthnContext></samlp:AuthnRequest>""");
    private readonly string _relayState = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
    private AsymmetricAlgorithm _key = null!;

    public abstract string Name { get; }

    public abstract string Description { get; }

    protected abstract AsymmetricAlgorithm CreateKey();

    public void Setup() => _key = CreateKey();

    public void Invoke()
    {
        var query = Saml2RedirectBinding.EncodeSigned(Saml2Constants.Parameters.SamlRequest, _xml, _relayState, _key);
        if (!query.Contains("&Signature=", StringComparison.Ordinal))
        {
            throw new InvalidOperationException("The AuthnRequest was not signed.");
        }
    }
}

internal sealed class AuthnRequestRsaBenchmark : AuthnRequestEncodingBenchmark
{
    public override string Name => "saml.authn-request.rsa2048";

    public override string Description => "an AuthnRequest DEFLATEd, encoded and signed RSA-SHA256 (RSA-2048 SP key)";

    protected override AsymmetricAlgorithm CreateKey() => RSA.Create(2048);
}

internal sealed class AuthnRequestEcdsaBenchmark : AuthnRequestEncodingBenchmark
{
    public override string Name => "saml.authn-request.ecdsa-p256";

    public override string Description => "an AuthnRequest DEFLATEd, encoded and signed ECDSA-SHA256 (P-256 SP key)";

    protected override AsymmetricAlgorithm CreateKey() => ECDsa.Create(ECCurve.NamedCurves.nistP256);
}
