using System.Xml;
using Hub.Adapters.Saml2.Requests;
using Hub.TrustList.Common;

namespace Hub.Adapters.Tests.Saml2.Requests;

public sealed class Saml2RequestIdTests
{
    [Fact]
    public void New_FixedRandom_IsUnderscoreAndHexNcName()
    {
        var id = Saml2RequestId.New(new CountingRandom());

        Assert.Equal("_000102030405060708090a0b0c0d0e0f", id);
        Assert.Equal(id, XmlConvert.VerifyNCName(id));
    }

    private sealed class CountingRandom : ISecureRandom
    {
        public void Fill(Span<byte> destination)
        {
            for (var i = 0; i < destination.Length; i++)
            {
                destination[i] = (byte)i;
            }
        }
    }
}
