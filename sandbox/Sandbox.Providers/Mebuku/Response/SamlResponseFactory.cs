using System.Text;
using Hub.TrustList.Common;
using Sandbox.Providers.Mebuku.Request;
using Sandbox.Providers.Mebuku.Xml;

namespace Sandbox.Providers.Mebuku.Response;

/// <summary>
/// Issues Responses, base64-encoded for the HTTP-POST binding. A success carries one Assertion signed on its own
/// (enveloped); an error Response (no assertion) is signed as a whole. <see cref="SandboxFaults"/> break one rule
/// each, for the conformance suite's self-tests.
/// </summary>
internal sealed class SamlResponseFactory(
    XmlSigner signer, Func<string> entityId, TimeSpan assertionLifetime, TimeProvider time, ISecureRandom random,
    SandboxFaults faults = SandboxFaults.None)
{
    /// <summary>The issuer a <see cref="SandboxFaults.WrongIssuer"/> provider names.</summary>
    public const string WrongIssuer = "urn:conformance:wrong-issuer";

    private readonly Lazy<string> _reusedAssertionId = new(() => SamlIds.New(random));

    public string Success(ValidatedAuthnRequest request, MebukuResident resident)
    {
        var now = time.GetUtcNow();
        var document = ResponseEnvelope.Create(request, SamlIds.New(random), Issuer(), now, SamlNames.StatusSuccess);
        var assertionId = faults.HasFlag(SandboxFaults.ReusedAssertionId) ? _reusedAssertionId.Value : SamlIds.New(random);
        var lifetime = faults.HasFlag(SandboxFaults.LongValidity) ? TimeSpan.FromHours(8) : assertionLifetime;
        var assertion = AssertionWriter.Append(
            document, request, Faulty(resident), assertionId, SamlIds.New(random), Issuer(), now, lifetime,
            faults.HasFlag(SandboxFaults.WrongAudience) ? "urn:conformance:another-sp" : null);
        if (!faults.HasFlag(SandboxFaults.UnsignedAssertion))
        {
            signer.SignEnveloped(assertion, assertionId, sha1: faults.HasFlag(SandboxFaults.Sha1Signature));
        }
        return Encode(document.OuterXml);
    }

    public string Failure(ValidatedAuthnRequest request, string statusCode, string subStatusCode, string message)
    {
        var responseId = SamlIds.New(random);
        var document = ResponseEnvelope.Create(
            request, responseId, Issuer(), time.GetUtcNow(), statusCode, subStatusCode, message);
        signer.SignEnveloped(document.DocumentElement!, responseId);
        return Encode(document.OuterXml);
    }

    private string Issuer() => faults.HasFlag(SandboxFaults.WrongIssuer) ? WrongIssuer : entityId();

    private MebukuResident Faulty(MebukuResident resident) => resident with
    {
        Kana = faults.HasFlag(SandboxFaults.MissingDeclaredAttribute) ? "" : resident.Kana,
        Birthdate = faults.HasFlag(SandboxFaults.UnparseableEraDate) ? "平成2年13月15日" : resident.Birthdate,
    };

    private static string Encode(string xml) => Convert.ToBase64String(Encoding.UTF8.GetBytes(xml));
}
