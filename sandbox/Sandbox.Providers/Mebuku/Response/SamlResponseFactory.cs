using System.Text;
using Hub.TrustList.Common;
using Sandbox.Providers.Mebuku.Request;
using Sandbox.Providers.Mebuku.Xml;

namespace Sandbox.Providers.Mebuku.Response;

/// <summary>
/// Issues Responses, base64-encoded for the HTTP-POST binding. A success carries one Assertion signed on its own
/// (enveloped); an error Response (no assertion) is signed as a whole.
/// </summary>
internal sealed class SamlResponseFactory(
    XmlSigner signer, Func<string> entityId, TimeSpan assertionLifetime, TimeProvider time, ISecureRandom random)
{
    public string Success(ValidatedAuthnRequest request, MebukuResident resident)
    {
        var now = time.GetUtcNow();
        var document = ResponseEnvelope.Create(request, SamlIds.New(random), entityId(), now, SamlNames.StatusSuccess);
        var assertionId = SamlIds.New(random);
        var assertion = AssertionWriter.Append(
            document, request, resident, assertionId, SamlIds.New(random), entityId(), now, assertionLifetime);
        signer.SignEnveloped(assertion, assertionId);
        return Encode(document.OuterXml);
    }

    public string Failure(ValidatedAuthnRequest request, string statusCode, string subStatusCode, string message)
    {
        var responseId = SamlIds.New(random);
        var document = ResponseEnvelope.Create(
            request, responseId, entityId(), time.GetUtcNow(), statusCode, subStatusCode, message);
        signer.SignEnveloped(document.DocumentElement!, responseId);
        return Encode(document.OuterXml);
    }

    private static string Encode(string xml) => Convert.ToBase64String(Encoding.UTF8.GetBytes(xml));
}
