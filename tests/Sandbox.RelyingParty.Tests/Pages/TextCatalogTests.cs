using System.Reflection;
using Sandbox.RelyingParty.Oidc;
using Sandbox.RelyingParty.Pages.Texts;

namespace Sandbox.RelyingParty.Tests.Pages;

public sealed class TextCatalogTests
{
    public static TheoryData<string> PageKeys()
    {
        var data = new TheoryData<string>();
        foreach (var field in typeof(TextKeys).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral))
        {
            data.Add((string)field.GetRawConstantValue()!);
        }
        return data;
    }

    public static TheoryData<string> RpErrorCodes()
    {
        var data = new TheoryData<string>();
        foreach (var field in typeof(LoginError).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral))
        {
            data.Add((string)field.GetRawConstantValue()!);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(PageKeys))]
    public void Embedded_EveryKeyThePagesUse_HasJapaneseAndEnglish(string key)
    {
        var text = TextCatalog.Embedded[key];

        Assert.False(string.IsNullOrWhiteSpace(text.Ja));
        Assert.False(string.IsNullOrWhiteSpace(text.En));
    }

    [Theory]
    [MemberData(nameof(RpErrorCodes))]
    [InlineData("access_denied")]
    [InlineData("unmet_authentication_requirements")]
    [InlineData("invalid_client")]
    [InlineData("temporarily_unavailable")]
    public void Embedded_EachSignInErrorCode_HasItsOwnExplanation(string code)
    {
        Assert.NotNull(TextCatalog.Embedded.Find(TextKeys.Error(code)));
    }

    [Theory]
    [InlineData("A")]
    [InlineData("B")]
    [InlineData("C")]
    [InlineData("D")]
    public void Embedded_EachHubLevel_HasADescription(string level)
    {
        Assert.NotNull(TextCatalog.Embedded.Find(TextKeys.Level("urn:jp:regional-id:loa:" + level)));
    }

    [Fact]
    public void Parse_TextWithoutEnglish_Fails()
    {
        var error = Assert.Throws<InvalidOperationException>(() => TextCatalog.Parse("""{"home.title":{"ja":"ようこそ"}}"""));

        Assert.Contains("home.title", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Indexer_UnknownKey_Throws()
    {
        Assert.Throws<KeyNotFoundException>(() => TextCatalog.Embedded["no.such.key"]);
    }
}
