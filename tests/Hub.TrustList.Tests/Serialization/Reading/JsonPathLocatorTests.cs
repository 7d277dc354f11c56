using System.Text;
using Hub.TrustList.Serialization.Reading;

namespace Hub.TrustList.Tests.Serialization.Reading;

public class JsonPathLocatorTests
{
    private const string Json = """{"a":[1,{"b":"x","c":[true,null]}],"d":{"e":2}}""";

    [Theory]
    [InlineData("{\"a\"", "$")]
    [InlineData("1,", "$.a[0]")]
    [InlineData("{\"b\"", "$.a[1]")]
    [InlineData("\"x\"", "$.a[1].b")]
    [InlineData("\"c\"", "$.a[1].c")]
    [InlineData("null", "$.a[1].c[1]")]
    [InlineData("2}", "$.d.e")]
    public void Find_TokenAtOffset_ItsPath(string tokenText, string expected)
        => Assert.Equal(expected, JsonPathLocator.Find(Encoding.UTF8.GetBytes(Json), Json.IndexOf(tokenText, StringComparison.Ordinal)));

    [Fact]
    public void FindAll_OffsetsInAnyOrder_PathsInTheirOrder()
    {
        var bytes = Encoding.UTF8.GetBytes(Json);

        var paths = JsonPathLocator.FindAll(bytes, [Json.IndexOf("2}", StringComparison.Ordinal), Json.IndexOf("1,", StringComparison.Ordinal)]);

        Assert.Equal(["$.d.e", "$.a[0]"], paths);
    }

    [Fact]
    public void Find_MalformedBeforeOffset_PathSoFar()
        => Assert.Equal("$.a[0]", JsonPathLocator.Find("""{"a":[1,}"""u8, 100));
}
