using Hub.Adapters.Saml2;
using Hub.Adapters.Saml2.Bindings;
using Hub.Adapters.Tests.Saml2.TestSupport;

namespace Hub.Adapters.Tests.Saml2.Bindings;

public sealed class Saml2PostBindingTests
{
    [Fact]
    public void DecodeResponse_Base64Form_ReturnsBytes()
    {
        var form = new Dictionary<string, string> { ["SAMLResponse"] = Saml2PostBinding.Encode("<a/>") };

        Assert.Equal("<a/>"u8.ToArray(), ResultAssert.Success(Saml2PostBinding.DecodeResponse(form, 100)));
    }

    [Fact]
    public void DecodeResponse_OverCap_RejectsSize()
    {
        var form = new Dictionary<string, string> { ["SAMLResponse"] = new string('A', 101) };

        ResultAssert.Rejected(Saml2PostBinding.DecodeResponse(form, 100), Saml2ErrorCodes.Size);
    }

    [Fact]
    public void DecodeResponse_Missing_RejectsBinding()
    {
        ResultAssert.Rejected(Saml2PostBinding.DecodeResponse(new Dictionary<string, string>(), 100), Saml2ErrorCodes.Binding);
    }

    [Fact]
    public void DecodeResponse_NotBase64_RejectsEncoding()
    {
        var form = new Dictionary<string, string> { ["SAMLResponse"] = "%%%%" };

        ResultAssert.Rejected(Saml2PostBinding.DecodeResponse(form, 100), Saml2ErrorCodes.BindingEncoding);
    }
}
