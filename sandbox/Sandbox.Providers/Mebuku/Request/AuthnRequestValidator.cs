using System.Xml;
using Hub.TrustList.Common;
using Sandbox.Providers.Mebuku.Xml;

namespace Sandbox.Providers.Mebuku.Request;

/// <summary>
/// Checks a parsed AuthnRequest against the IdP's configuration: the SP is known, its ACS URL registered
/// (exact match), the ID an NCName, the IssueInstant fresh, and Destination (when present) this SSO endpoint.
/// What the request asks for but cannot get (passive, a NameID format, a context) is answered later with a
/// SAML status, since by then the SP is known to be genuine.
/// </summary>
internal sealed class AuthnRequestValidator(MebukuProviderOptions options, TimeProvider time)
{
    private static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(10);

    public Result<ValidatedAuthnRequest, SamlRequestError> Validate(
        AuthnRequestModel request, string? relayState, string ssoUrl)
    {
        if (request.Version != "2.0")
        {
            return SamlRequestError.NotAuthnRequest;
        }
        if (!IsNcName(request.Id) || request.Id!.Length > 256)
        {
            return SamlRequestError.IdInvalid;
        }
        var now = time.GetUtcNow();
        var issued = SamlTime.TryParse(request.IssueInstant);
        if (issued is null || issued > now + options.ClockSkew || issued < now - MaxAge - options.ClockSkew)
        {
            return SamlRequestError.IssueInstantInvalid;
        }
        if (request.Destination is not null && request.Destination != ssoUrl)
        {
            return SamlRequestError.DestinationMismatch;
        }
        if (request.Issuer != options.SpEntityId)
        {
            return SamlRequestError.IssuerUnknown;
        }
        if (request.ProtocolBinding is not null && request.ProtocolBinding != SamlNames.HttpPostBinding)
        {
            return SamlRequestError.BindingUnsupported;
        }
        var acs = AssertionConsumerService(request);
        if (acs is null)
        {
            return SamlRequestError.AcsNotAllowed;
        }
        var nameIdSupported = request.NameIdFormat is null or SamlNames.PersistentNameId or SamlNames.UnspecifiedNameId;
        return Result<ValidatedAuthnRequest, SamlRequestError>.Ok(new ValidatedAuthnRequest(
            request.Id, options.SpEntityId, acs, relayState, request.IsPassive, nameIdSupported,
            AuthnContextRequirement.From(request.RequestedAuthnContext)));
    }

    /// <summary>The named ACS URL if registered; the first registered one if none is named; an index is not supported.</summary>
    private string? AssertionConsumerService(AuthnRequestModel request)
    {
        if (request.AssertionConsumerServiceUrl is { } url)
        {
            return options.AssertionConsumerServiceUrls.Contains(url, StringComparer.Ordinal) ? url : null;
        }
        return request.AssertionConsumerServiceIndex is null ? options.AssertionConsumerServiceUrls.FirstOrDefault() : null;
    }

    private static bool IsNcName(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return false;
        }
        try
        {
            XmlConvert.VerifyNCName(value);
            return true;
        }
        catch (XmlException)
        {
            return false;
        }
    }
}
