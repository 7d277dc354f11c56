using Sandbox.RelyingParty.Oidc;

namespace Sandbox.RelyingParty.Tests.Oidc;

public sealed class AcrCheckTests
{
    [Theory]
    [InlineData("urn:jp:regional-id:loa:B", "urn:jp:regional-id:loa:B", true)]
    [InlineData("urn:jp:regional-id:loa:B", "urn:jp:regional-id:loa:A", true)]
    [InlineData("urn:jp:regional-id:loa:B", "urn:jp:regional-id:loa:C", false)]
    [InlineData("urn:jp:regional-id:loa:B", null, false)]
    [InlineData("urn:jp:regional-id:loa:B", "urn:jp:regional-id:loa:E", false)]
    [InlineData("urn:jp:regional-id:loa:A urn:jp:regional-id:loa:C", "urn:jp:regional-id:loa:B", true)]
    [InlineData("urn:example:custom", "urn:example:custom", true)]
    [InlineData("urn:example:custom", "urn:jp:regional-id:loa:A", false)]
    [InlineData(null, null, true)]
    [InlineData("", "urn:jp:regional-id:loa:D", true)]
    public void IsMet_RequestedAndReceived_AsExpected(string? requested, string? received, bool met)
    {
        Assert.Equal(met, AcrCheck.IsMet(requested, received));
    }
}
