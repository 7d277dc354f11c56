using Hub.Adapters.Mapping.Converters;
using Hub.Adapters.Mapping.Engine;
using static Hub.Adapters.Tests.Mapping.MappingTestProfiles;

namespace Hub.Adapters.Tests.Mapping.Engine;

public class AttributeMapperAddressTests
{
    private static readonly DateTimeOffset Now = new(2024, 6, 1, 12, 0, 0, TimeSpan.Zero);
    private readonly AttributeMapper _mapper = new(ConverterRegistry.BuiltIn);

    [Theory]
    [InlineData("群馬県前橋市大手町２－１２－１", "102016", "群馬県", "前橋市", "大手町2-12-1", "100005")]
    [InlineData("大阪府堺市堺区南瓦町3-1", "271403", "大阪府", "堺市堺区", "南瓦町3-1", "270008")]
    [InlineData("大阪府大阪市北区中之島1-3-20", "271004", "大阪府", "大阪市北区", "中之島1-3-20", "270008")]
    [InlineData("福島県会津若松市東栄町3-46", "072028", "福島県", "会津若松市", "東栄町3-46", "070009")]
    [InlineData("北海道江別市高砂町6", "012173", "北海道", "江別市", "高砂町6", "010006")]
    [InlineData("長崎県大村市玖島1-25", "422126", "長崎県", "大村市", "玖島1-25", "420000")]
    public void Map_OneLineAddressWithCode_SplitsAndDerivesResidentOf(
        string line, string code, string region, string locality, string street, string prefectureCode)
    {
        var result = MapOneLine(line, code);

        var address = result.Attributes.Address!;
        Assert.Equal((region, locality, street, code), (address.Region, address.Locality, address.StreetAddress, address.LocalGovernmentCode));
        Assert.Equal(region + locality + street, address.Formatted);
        Assert.Equal([code, prefectureCode], result.Attributes.ResidentOf);
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void Map_CodeWithBadCheckDigit_DropsTheCodeAndKeepsTheAddress()
    {
        var result = MapOneLine("群馬県高崎市高松町35-1", "102017");

        Assert.Equal("高崎市", result.Attributes.Address!.Locality);
        Assert.Null(result.Attributes.Address.LocalGovernmentCode);
        Assert.Null(result.Attributes.ResidentOf);
        var warning = Assert.Single(result.Warnings);
        Assert.Equal(("address.local_government_code", "lg", "lgcode.invalid"), (warning.Claim, warning.SourceAttribute, warning.Code));
    }

    [Theory]
    // Sakai's code on a Maebashi address: another prefecture.
    [InlineData("群馬県前橋市大手町2-12-1", "271403")]
    // Maebashi's code on a Takasaki address: the prefecture agrees, the municipality does not.
    [InlineData("群馬県高崎市高松町35-1", "102016")]
    public void Map_CodeDisagreeingWithTheAddress_DropsTheCode(string line, string code)
    {
        var result = MapOneLine(line, code);

        Assert.Null(result.Attributes.Address!.LocalGovernmentCode);
        Assert.Null(result.Attributes.ResidentOf);
        Assert.Equal("lgcode.mismatch", Assert.Single(result.Warnings).Code);
    }

    [Fact]
    public void Map_CodeTheTableDoesNotKnow_IsCheckedOnlyAgainstThePrefecture()
    {
        // 102024 is Takasaki; the table does not list it, but its prefecture (10, 群馬県) agrees.
        var result = MapOneLine("群馬県高崎市高松町35-1", "102024");

        Assert.Equal("102024", result.Attributes.Address!.LocalGovernmentCode);
        Assert.Equal(["102024", "100005"], result.Attributes.ResidentOf);
    }

    [Fact]
    public void Map_AddressWithoutCode_TakesTheCodeFromTheTable()
    {
        var result = MapOneLine("福島県会津若松市東栄町3-46", code: null);

        Assert.Equal("072028", result.Attributes.Address!.LocalGovernmentCode);
        Assert.Equal(["072028", "070009"], result.Attributes.ResidentOf);
    }

    [Fact]
    public void Map_UnrecognisableAddress_DropsTheAddressButKeepsAValidCode()
    {
        var result = MapOneLine("前橋市大手町2-12-1", "102016");

        Assert.Equal("102016", result.Attributes.Address!.LocalGovernmentCode);
        Assert.Null(result.Attributes.Address.Formatted);
        Assert.Equal("address.unrecognised", Assert.Single(result.Warnings).Code);
    }

    [Fact]
    public void Map_StructuredOidcAddress_MapsMembersAndComposesFormatted()
    {
        var profile = With(
            Rule("address.region", "address.region", "nfkc"),
            Rule("address.locality", "address.locality", "nfkc"),
            Rule("address.street_address", "address.street_address", "nfkc"),
            Rule("address.postal_code", "address.postal_code", "postal-code"),
            Rule("address.local_government_code", "lg_code", "lg-code"));
        var attributes = Attributes(
            ("address.region", "大阪府"), ("address.locality", "堺市堺区"), ("address.street_address", "南瓦町３－１"),
            ("address.postal_code", "5900078"), ("lg_code", "271403"));

        var result = _mapper.Map(profile, attributes, ["address"], Now);

        var address = result.Attributes.Address!;
        Assert.Equal(("大阪府", "堺市堺区", "南瓦町3-1", "590-0078", "271403"),
            (address.Region, address.Locality, address.StreetAddress, address.PostalCode, address.LocalGovernmentCode));
        Assert.Equal("大阪府堺市堺区南瓦町3-1", address.Formatted);
        Assert.Equal(["271403", "270008"], result.Attributes.ResidentOf);
    }

    [Fact]
    public void Map_StructuredRegionThatIsNoPrefecture_DropsTheRegion()
    {
        var profile = With(Rule("address.region", "address.region", "nfkc"), Rule("address.locality", "address.locality", "nfkc"));

        var result = _mapper.Map(profile, Attributes(("address.region", "Osaka"), ("address.locality", "堺市")), ["address"], Now);

        Assert.Null(result.Attributes.Address!.Region);
        Assert.Equal("堺市", result.Attributes.Address.Locality);
        Assert.Equal("address.region_unknown", Assert.Single(result.Warnings).Code);
    }

    [Fact]
    public void Map_ResidentOfSentDirectlyAgainstTheAddress_DropsResidentOf()
    {
        var profile = With(Rule("address", "addr", "address"), Rule("resident_of", "r", "lg-code"));

        var result = _mapper.Map(profile, Attributes(("addr", "群馬県前橋市大手町2-12-1"), ("r", "271403")), ["address", "resident_of"], Now);

        Assert.Equal("102016", result.Attributes.Address!.LocalGovernmentCode);
        Assert.Null(result.Attributes.ResidentOf);
        Assert.Equal("resident_of.inconsistent", Assert.Single(result.Warnings).Code);
    }

    [Fact]
    public void Map_AddressNotDeclared_EmitsNeitherAddressNorResidentOf()
    {
        var result = _mapper.Map(With(Rule("address", "addr", "address")), Attributes(("addr", "群馬県前橋市大手町2-12-1")), ["name"], Now);

        Assert.Null(result.Attributes.Address);
        Assert.Null(result.Attributes.ResidentOf);
    }

    private MappingResult MapOneLine(string line, string? code)
    {
        var profile = With(Rule("address", "addr", "address"), Rule("address.local_government_code", "lg", "lg-code"));
        var attributes = code is null ? Attributes(("addr", line)) : Attributes(("addr", line), ("lg", code));
        return _mapper.Map(profile, attributes, ["address"], Now);
    }
}
