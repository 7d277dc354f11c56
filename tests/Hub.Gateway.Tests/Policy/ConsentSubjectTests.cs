using Hub.Gateway.OpenIdProvider.Options;
using Hub.Gateway.Policy;
using Microsoft.Extensions.Options;

namespace Hub.Gateway.Tests.Policy;

public sealed class ConsentSubjectTests
{
    private static ConsentSubject Create(string secret = "consent-test-secret-0123456789abcdef")
        => new(Options.Create(new HubOpenIdProviderOptions { PairwiseSecret = secret }));

    [Fact]
    public void For_SamePersonTwice_SameKey() => Assert.Equal(Create().For("mebuku", "MBK-1"), Create().For("mebuku", "MBK-1"));

    [Fact]
    public void For_SameSubjectAtAnotherProvider_AnotherKey() => Assert.NotEqual(Create().For("mebuku", "MBK-1"), Create().For("aizu-plus", "MBK-1"));

    [Fact]
    public void For_AnotherSecret_AnotherKey() => Assert.NotEqual(Create().For("mebuku", "MBK-1"), Create("another-secret-0123456789abcdefghij").For("mebuku", "MBK-1"));

    [Fact]
    public void For_Any_NeverTheProviderSubject() => Assert.DoesNotContain("MBK-1", Create().For("mebuku", "MBK-1"), StringComparison.Ordinal);
}
