using Hub.Adapters.Abstractions;
using Hub.Adapters.Saml2;
using Hub.Adapters.Tests.Saml2.TestSupport;

namespace Hub.Adapters.Tests.Saml2.Validation;

/// <summary>Non-success statuses become typed errors carrying the status code, with the kind the gateway needs.</summary>
public sealed class StatusTests
{
    private readonly SamlTestContext _context = new();

    [Theory]
    [InlineData(Saml2Constants.Status.Responder, Saml2Constants.Status.AuthnFailed, AdapterErrorKind.ProviderDenied)]
    [InlineData(Saml2Constants.Status.Requester, Saml2Constants.Status.RequestDenied, AdapterErrorKind.ProviderDenied)]
    [InlineData(Saml2Constants.Status.Responder, Saml2Constants.Status.NoPassive, AdapterErrorKind.ProviderDenied)]
    [InlineData(Saml2Constants.Status.Responder, "urn:mebuku:status:AuthnCancelled", AdapterErrorKind.ProviderDenied)]
    [InlineData(Saml2Constants.Status.Requester, "urn:example:idp:status:cancel", AdapterErrorKind.ProviderDenied)]
    [InlineData(Saml2Constants.Status.Responder, Saml2Constants.Status.NoAuthnContext, AdapterErrorKind.LevelNotMet)]
    [InlineData(Saml2Constants.Status.VersionMismatch, null, AdapterErrorKind.Rejected)]
    [InlineData(Saml2Constants.Status.Responder, null, AdapterErrorKind.Rejected)]
    public async Task ValidateAsync_NonSuccessStatus_RejectsStatusWithKind(string code, string? subCode, AdapterErrorKind kind)
    {
        var spec = _context.Spec();
        spec.StatusCode = code;
        spec.SubStatusCode = subCode;
        var document = TestIdentityProvider.BuildResponse(spec);
        document.DocumentElement!.RemoveChild(TestIdentityProvider.Assertion(document)); // error responses carry none

        var error = ResultAssert.Rejected(await _context.ValidateAsync(document), Saml2ErrorCodes.Status);

        Assert.Equal(kind, error.Kind);
        Assert.Contains(subCode ?? code, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ValidateAsync_MissingStatus_RejectsStatus()
    {
        var document = _context.Pinned.SignedResponse(_context.Spec());
        var status = document.GetElementsByTagName("Status", Saml2Constants.ProtocolNamespace)[0]!;
        document.DocumentElement!.RemoveChild(status);

        ResultAssert.Rejected(await _context.ValidateAsync(document), Saml2ErrorCodes.Status);
    }

    [Fact]
    public async Task ValidateAsync_StatusForAnotherRequest_RejectsInResponseTo()
    {
        // A stale error response must not cancel a newer flow.
        var spec = _context.Spec();
        spec.StatusCode = Saml2Constants.Status.Responder;
        spec.SubStatusCode = Saml2Constants.Status.AuthnFailed;
        spec.InResponseTo = "_ffffffffffffffffffffffffffffffff";

        ResultAssert.Rejected(await _context.ValidateAsync(TestIdentityProvider.BuildResponse(spec)), Saml2ErrorCodes.InResponseTo);
    }
}
