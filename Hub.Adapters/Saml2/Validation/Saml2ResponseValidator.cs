using System.Xml;
using Hub.Adapters.Abstractions;
using Hub.Adapters.Saml2.Model;
using Hub.Adapters.Saml2.Reading;
using Hub.Adapters.Saml2.Validation.Rules;
using Hub.Adapters.Saml2.Xml;
using Hub.TrustList.Common;

namespace Hub.Adapters.Saml2.Validation;

/// <summary>
/// Validates a samlp:Response (the decoded XML of the POST binding), each step with its own stable error code:
/// safe XML, unique IDs, envelope rules and status, the signed assertion (see <see cref="SignedAssertionLocator"/>),
/// assertion rules, then the replay cache. The replay cache is last, so an invalid message never burns an ID.
/// </summary>
internal sealed class Saml2ResponseValidator(IReplayCache replayCache, TimeProvider timeProvider)
{
    private static readonly ISaml2ResponseRule[] ResponseRules =
    [
        new ResponseVersionRule(),
        new ResponseDestinationRule(),
        new ResponseInResponseToRule(),
        new ResponseIssuerRule(),
        new ResponseStatusRule(),
    ];

    private static readonly ISaml2AssertionRule[] AssertionRules =
    [
        new AssertionIdentityRule(),
        new AssertionIssuerRule(),
        new SubjectNameIdRule(),
        new BearerConfirmationRule(),
        new ConditionsTimeRule(),
        new AudienceRule(),
        new AuthnStatementRule(),
    ];

    public async Task<Result<Valid<Saml2Assertion>, AdapterError>> ValidateAsync(
        ReadOnlyMemory<byte> xml, Saml2ValidationParameters parameters, CancellationToken cancellationToken)
    {
        var loaded = Saml2SafeXml.Load(xml.Span);
        if (!loaded.IsSuccess)
        {
            return loaded.Error!;
        }
        return await ValidateAsync(loaded.Value, parameters, cancellationToken).ConfigureAwait(false);
    }

    public async Task<Result<Valid<Saml2Assertion>, AdapterError>> ValidateAsync(
        XmlDocument document, Saml2ValidationParameters parameters, CancellationToken cancellationToken)
    {
        var checkedAssertion = Check(document, parameters);
        if (!checkedAssertion.IsSuccess)
        {
            return checkedAssertion.Error!;
        }
        var assertion = checkedAssertion.Value;
        var key = $"saml:assertion:{parameters.ProviderId}:{assertion.Id}";
        if (!await replayCache.TryAddAsync(key, ReplayExpiry(assertion, parameters), cancellationToken).ConfigureAwait(false))
        {
            return Saml2Error.Reject(Saml2ErrorCodes.Replay, "This Assertion was already used.");
        }
        return Result<Valid<Saml2Assertion>, AdapterError>.Ok(new Valid<Saml2Assertion>(assertion));
    }

    private Result<Saml2Assertion, AdapterError> Check(XmlDocument document, Saml2ValidationParameters parameters)
    {
        var root = document.DocumentElement!;
        var index = XmlIdIndex.Build(document);
        if (!index.IsSuccess)
        {
            return index.Error!;
        }
        var response = Saml2ResponseReader.Read(root);
        if (!response.IsSuccess)
        {
            return response.Error!;
        }
        var context = new Saml2RuleContext(parameters, timeProvider.GetUtcNow());
        foreach (var rule in ResponseRules)
        {
            if (rule.Check(response.Value, context) is { } error)
            {
                return error;
            }
        }
        var located = SignedAssertionLocator.Locate(root, index.Value, parameters);
        if (!located.IsSuccess)
        {
            return located.Error!;
        }
        var assertion = Saml2AssertionReader.Read(located.Value);
        if (!assertion.IsSuccess)
        {
            return assertion.Error!;
        }
        foreach (var rule in AssertionRules)
        {
            if (rule.Check(assertion.Value, context) is { } error)
            {
                return error;
            }
        }
        return Result<Saml2Assertion, AdapterError>.Ok(assertion.Value);
    }

    /// <summary>Remember the ID as long as any part of the assertion could still be accepted.</summary>
    private DateTimeOffset ReplayExpiry(Saml2Assertion assertion, Saml2ValidationParameters parameters)
    {
        var latest = timeProvider.GetUtcNow();
        foreach (var confirmation in assertion.Subject?.Confirmations ?? [])
        {
            if (confirmation.NotOnOrAfter is { } end && end > latest)
            {
                latest = end;
            }
        }
        if (assertion.Conditions?.NotOnOrAfter is { } conditionsEnd && conditionsEnd > latest)
        {
            latest = conditionsEnd;
        }
        return latest + parameters.ClockSkew;
    }
}
