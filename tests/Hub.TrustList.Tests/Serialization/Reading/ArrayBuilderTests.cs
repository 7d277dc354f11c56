using Hub.TrustList.Serialization.Reading;

namespace Hub.TrustList.Tests.Serialization.Reading;

public class ArrayBuilderTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(8)]
    [InlineData(9)]
    [InlineData(33)]
    [InlineData(1000)]
    public void ToArray_AnyCount_ExactlyTheItemsInOrder(int count)
    {
        var builder = new ArrayBuilder<string>();
        for (var i = 0; i < count; i++)
        {
            builder.Add(i.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        Assert.Equal(Enumerable.Range(0, count).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)), builder.ToArray());
    }
}
