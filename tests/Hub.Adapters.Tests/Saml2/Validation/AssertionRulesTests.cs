using Hub.Adapters.Saml2;
using Hub.Adapters.Tests.Saml2.TestSupport;

namespace Hub.Adapters.Tests.Saml2.Validation;

/// <summary>
/// Every assertion-semantics rule (audience, recipient, InResponseTo, issuer, destination, time, replay,
/// AuthnStatement, bearer, NameID format), each from a valid Response signed by the test IdP.
/// </summary>
public sealed class AssertionRulesTests
{
    private readonly SamlTestContext _context = new();

    [Fact]
    public async Task ValidateAsync_WrongAudience_RejectsAudience()
    {
        var spec = _context.Spec();
        spec.Audience = "https://other-sp.test/saml2";

        ResultAssert.Rejected(await _context.ValidateAsync(_context.Pinned.SignedResponse(spec)), Saml2ErrorCodes.Audience);
    }

    [Fact]
    public async Task ValidateAsync_WrongRecipient_RejectsRecipient()
    {
        var spec = _context.Spec();
        spec.Recipient = "https://evil.test/acs";

        ResultAssert.Rejected(await _context.ValidateAsync(_context.Pinned.SignedResponse(spec)), Saml2ErrorCodes.Recipient);
    }

    [Fact]
    public async Task ValidateAsync_MissingRecipient_RejectsRecipient()
    {
        var spec = _context.Spec();
        spec.Recipient = null;

        ResultAssert.Rejected(await _context.ValidateAsync(_context.Pinned.SignedResponse(spec)), Saml2ErrorCodes.Recipient);
    }

    [Fact]
    public async Task ValidateAsync_WrongResponseInResponseTo_RejectsInResponseTo()
    {
        var spec = _context.Spec();
        spec.InResponseTo = "_ffffffffffffffffffffffffffffffff";

        ResultAssert.Rejected(await _context.ValidateAsync(_context.Pinned.SignedResponse(spec)), Saml2ErrorCodes.InResponseTo);
    }

    [Fact]
    public async Task ValidateAsync_UnsolicitedResponse_RejectsInResponseTo()
    {
        var spec = _context.Spec();
        spec.InResponseTo = null;
        spec.ConfirmationInResponseTo = null;

        ResultAssert.Rejected(await _context.ValidateAsync(_context.Pinned.SignedResponse(spec)), Saml2ErrorCodes.InResponseTo);
    }

    [Fact]
    public async Task ValidateAsync_WrongConfirmationInResponseTo_RejectsInResponseTo()
    {
        var spec = _context.Spec();
        spec.ConfirmationInResponseTo = "_ffffffffffffffffffffffffffffffff";

        ResultAssert.Rejected(await _context.ValidateAsync(_context.Pinned.SignedResponse(spec)), Saml2ErrorCodes.InResponseTo);
    }

    [Fact]
    public async Task ValidateAsync_WrongAssertionIssuer_RejectsIssuer()
    {
        var spec = _context.Spec();
        spec.Issuer = "https://idp.other.test/saml";

        ResultAssert.Rejected(await _context.ValidateAsync(_context.Pinned.SignedResponse(spec)), Saml2ErrorCodes.Issuer);
    }

    [Fact]
    public async Task ValidateAsync_WrongResponseIssuer_RejectsIssuer()
    {
        var spec = _context.Spec();
        spec.ResponseIssuer = "https://idp.other.test/saml";

        ResultAssert.Rejected(await _context.ValidateAsync(_context.Pinned.SignedResponse(spec)), Saml2ErrorCodes.Issuer);
    }

    [Fact]
    public async Task ValidateAsync_WrongDestination_RejectsDestination()
    {
        var spec = _context.Spec();
        spec.Destination = "https://evil.test/acs";

        ResultAssert.Rejected(await _context.ValidateAsync(_context.Pinned.SignedResponse(spec)), Saml2ErrorCodes.Destination);
    }

    [Fact]
    public async Task ValidateAsync_MissingDestination_RejectsDestination()
    {
        var spec = _context.Spec();
        spec.Destination = null;

        ResultAssert.Rejected(await _context.ValidateAsync(_context.Pinned.SignedResponse(spec)), Saml2ErrorCodes.Destination);
    }

    [Fact]
    public async Task ValidateAsync_ConditionsExpiredBeyondSkew_RejectsExpired()
    {
        var document = _context.Pinned.SignedResponse(_context.Spec());
        _context.Time.Advance(TimeSpan.FromMinutes(5) + TimeSpan.FromMinutes(2));

        ResultAssert.Rejected(await _context.ValidateAsync(document), Saml2ErrorCodes.Expired);
    }

    [Fact]
    public async Task ValidateAsync_ConditionsExpiredWithinSkew_Succeeds()
    {
        var document = _context.Pinned.SignedResponse(_context.Spec());
        _context.Time.Advance(TimeSpan.FromMinutes(6));

        ResultAssert.Success(await _context.ValidateAsync(document));
    }

    [Fact]
    public async Task ValidateAsync_ConfirmationExpired_RejectsExpired()
    {
        var spec = _context.Spec();
        spec.ConfirmationNotOnOrAfter = spec.Now.AddMinutes(-3);

        ResultAssert.Rejected(await _context.ValidateAsync(_context.Pinned.SignedResponse(spec)), Saml2ErrorCodes.Expired);
    }

    [Fact]
    public async Task ValidateAsync_NotYetValidBeyondSkew_RejectsNotYetValid()
    {
        var spec = _context.Spec();
        spec.NotBefore = spec.Now.AddMinutes(3);

        ResultAssert.Rejected(await _context.ValidateAsync(_context.Pinned.SignedResponse(spec)), Saml2ErrorCodes.NotYetValid);
    }

    [Fact]
    public async Task ValidateAsync_NotYetValidWithinSkew_Succeeds()
    {
        var spec = _context.Spec();
        spec.NotBefore = spec.Now.AddSeconds(90);

        ResultAssert.Success(await _context.ValidateAsync(_context.Pinned.SignedResponse(spec)));
    }

    [Fact]
    public async Task ValidateAsync_ZeroSkewConfigured_RejectsSlightlyEarly()
    {
        var context = new SamlTestContext { ClockSkew = TimeSpan.Zero };
        var spec = context.Spec();
        spec.NotBefore = spec.Now.AddSeconds(10);

        ResultAssert.Rejected(await context.ValidateAsync(context.Pinned.SignedResponse(spec)), Saml2ErrorCodes.NotYetValid);
    }

    [Fact]
    public async Task ValidateAsync_SameAssertionTwice_RejectsReplay()
    {
        var xml = _context.Pinned.SignedResponse(_context.Spec()).OuterXml;
        ResultAssert.Success(await _context.ValidateAsync(xml));

        ResultAssert.Rejected(await _context.ValidateAsync(xml), Saml2ErrorCodes.Replay);
    }

    [Fact]
    public async Task ValidateAsync_MissingAuthnStatement_RejectsAuthnStatement()
    {
        var spec = _context.Spec();
        spec.IncludeAuthnStatement = false;

        ResultAssert.Rejected(await _context.ValidateAsync(_context.Pinned.SignedResponse(spec)), Saml2ErrorCodes.AuthnStatement);
    }

    [Fact]
    public async Task ValidateAsync_EmptyAuthnContextClassRef_RejectsAuthnStatement()
    {
        var spec = _context.Spec();
        spec.ClassRef = string.Empty;

        ResultAssert.Rejected(await _context.ValidateAsync(_context.Pinned.SignedResponse(spec)), Saml2ErrorCodes.AuthnStatement);
    }

    [Fact]
    public async Task ValidateAsync_AuthnInstantInFuture_RejectsAuthnStatement()
    {
        var spec = _context.Spec();
        spec.AuthnInstant = spec.Now.AddMinutes(10);

        ResultAssert.Rejected(await _context.ValidateAsync(_context.Pinned.SignedResponse(spec)), Saml2ErrorCodes.AuthnStatement);
    }

    [Fact]
    public async Task ValidateAsync_HolderOfKeyInsteadOfBearer_RejectsSubjectConfirmation()
    {
        var spec = _context.Spec();
        spec.ConfirmationMethod = "urn:oasis:names:tc:SAML:2.0:cm:holder-of-key";

        ResultAssert.Rejected(await _context.ValidateAsync(_context.Pinned.SignedResponse(spec)), Saml2ErrorCodes.SubjectConfirmation);
    }

    [Fact]
    public async Task ValidateAsync_TransientNameId_RejectsSubject()
    {
        var spec = _context.Spec();
        spec.NameIdFormat = "urn:oasis:names:tc:SAML:2.0:nameid-format:transient";

        ResultAssert.Rejected(await _context.ValidateAsync(_context.Pinned.SignedResponse(spec)), Saml2ErrorCodes.Subject);
    }
}
