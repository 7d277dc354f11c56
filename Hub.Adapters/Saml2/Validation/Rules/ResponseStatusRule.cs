using Hub.Adapters.Abstractions;
using Hub.Adapters.Saml2.Model;

namespace Hub.Adapters.Saml2.Validation.Rules;

/// <summary>
/// A non-success Status becomes a typed error carrying the status codes (never the StatusMessage, which may hold
/// personal data). The person cancelling or failing to authenticate is <see cref="AdapterErrorKind.ProviderDenied"/>;
/// NoAuthnContext (the level cannot be met) is <see cref="AdapterErrorKind.LevelNotMet"/>.
/// </summary>
internal sealed class ResponseStatusRule : ISaml2ResponseRule
{
    public AdapterError? Check(Saml2Response response, Saml2RuleContext context)
    {
        var status = response.Status;
        if (status.Code == Saml2Constants.Status.Success)
        {
            return null;
        }
        return new AdapterError(Saml2ErrorCodes.Status, $"The provider answered with status {status}.", KindOf(status));
    }

    internal static AdapterErrorKind KindOf(Saml2Status status)
    {
        if (status.Code is not (Saml2Constants.Status.Requester or Saml2Constants.Status.Responder))
        {
            return AdapterErrorKind.Rejected;
        }
        return status.SubCode switch
        {
            Saml2Constants.Status.AuthnFailed or Saml2Constants.Status.NoPassive or Saml2Constants.Status.RequestDenied
                => AdapterErrorKind.ProviderDenied,
            Saml2Constants.Status.NoAuthnContext => AdapterErrorKind.LevelNotMet,
            { } custom when IsCancel(custom) => AdapterErrorKind.ProviderDenied,
            _ => AdapterErrorKind.Rejected,
        };
    }

    /// <summary>Providers report "the person pressed cancel" with their own second-level code.</summary>
    private static bool IsCancel(string code)
    {
        var last = code[(code.LastIndexOfAny([':', '/', '#']) + 1)..];
        return last.Equals("Cancel", StringComparison.OrdinalIgnoreCase)
            || last.Equals("Cancelled", StringComparison.OrdinalIgnoreCase)
            || last.Equals("Canceled", StringComparison.OrdinalIgnoreCase)
            || last.Equals("AuthnCancelled", StringComparison.OrdinalIgnoreCase);
    }
}
