using Hub.Adapters.Abstractions;
using Hub.TrustList.Common;

namespace Hub.Adapters.Saml2.Bindings;

/// <summary>The HTTP-POST binding (saml-bindings §3.5): a base64 SAMLResponse form field, size-capped before decoding.</summary>
internal static class Saml2PostBinding
{
    public static Result<byte[], AdapterError> DecodeResponse(IReadOnlyDictionary<string, string> form, int maxBase64Length)
    {
        if (!form.TryGetValue(Saml2Constants.Parameters.SamlResponse, out var encoded) || string.IsNullOrWhiteSpace(encoded))
        {
            return Saml2Error.Reject(Saml2ErrorCodes.Binding, "The POST carries no SAMLResponse.");
        }
        if (encoded.Length > maxBase64Length)
        {
            return Saml2Error.Reject(Saml2ErrorCodes.Size,
                $"The SAMLResponse is {encoded.Length} characters; the cap is {maxBase64Length}.");
        }
        try
        {
            return Result<byte[], AdapterError>.Ok(Convert.FromBase64String(encoded));
        }
        catch (FormatException)
        {
            return Saml2Error.Reject(Saml2ErrorCodes.BindingEncoding, "The SAMLResponse is not valid base64.");
        }
    }

    /// <summary>The base64 form value a provider posts (for the sandbox IdP and tests).</summary>
    public static string Encode(string xml) => Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(xml));
}
