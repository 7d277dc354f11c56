using System.Text;
using Hub.Adapters.Saml2;
using Hub.Adapters.Saml2.Xml;
using Hub.Adapters.Tests.Saml2.TestSupport;

namespace Hub.Adapters.Tests.Saml2.Xml;

/// <summary>DTD-based attacks (DOCTYPE, XXE, billion laughs) and other hostile XML, through the full validator.</summary>
public sealed class Saml2SafeXmlTests
{
    private readonly SamlTestContext _context = new();

    [Fact]
    public async Task ValidateAsync_Doctype_RejectsDtd()
    {
        var xml = "<!DOCTYPE samlp:Response>" + _context.Pinned.SignedResponse(_context.Spec()).OuterXml;

        ResultAssert.Rejected(await _context.ValidateAsync(xml), Saml2ErrorCodes.XmlDtd);
    }

    [Fact]
    public async Task ValidateAsync_ExternalEntityToFile_RejectsDtd()
    {
        var signed = _context.Pinned.SignedResponse(_context.Spec()).OuterXml;
        var xml = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
            + signed.Replace("mebuku-7f3c9a12e4b0", "&xxe;", StringComparison.Ordinal);

        ResultAssert.Rejected(await _context.ValidateAsync(xml), Saml2ErrorCodes.XmlDtd);
    }

    [Fact]
    public async Task ValidateAsync_BillionLaughs_RejectsDtd()
    {
        var entities = new StringBuilder("<!ENTITY lol0 \"lol\">");
        for (var i = 1; i <= 9; i++)
        {
            entities.Append($"<!ENTITY lol{i} \"{string.Concat(Enumerable.Repeat($"&lol{i - 1};", 10))}\">");
        }
        var signed = _context.Pinned.SignedResponse(_context.Spec()).OuterXml;
        var xml = $"<!DOCTYPE lolz [{entities}]>" + signed.Replace("mebuku-7f3c9a12e4b0", "&lol9;", StringComparison.Ordinal);

        ResultAssert.Rejected(await _context.ValidateAsync(xml), Saml2ErrorCodes.XmlDtd);
    }

    [Fact]
    public void Load_ParameterEntityWithoutDoctypeKeyword_RejectsDtd()
    {
        ResultAssert.Rejected(Saml2SafeXml.Load("<!ENTITY % p SYSTEM \"http://127.0.0.1/x\"><a/>"), Saml2ErrorCodes.XmlDtd);
    }

    [Fact]
    public void Load_UndeclaredEntityReference_RejectsMalformed()
    {
        ResultAssert.Rejected(Saml2SafeXml.Load("<a>&xxe;</a>"), Saml2ErrorCodes.XmlMalformed);
    }

    [Fact]
    public void Load_Utf16Bytes_RejectsMalformed()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("<a/>")).ToArray();

        ResultAssert.Rejected(Saml2SafeXml.Load(bytes), Saml2ErrorCodes.XmlMalformed);
    }

    [Fact]
    public void Load_Utf8WithBom_Succeeds()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("<a>前橋</a>")).ToArray();

        Assert.Equal("前橋", ResultAssert.Success(Saml2SafeXml.Load(bytes)).DocumentElement!.InnerText);
    }

    [Fact]
    public void Load_DeepNesting_RejectsDepth()
    {
        var depth = Saml2SafeXml.MaxDepth + 1;
        var xml = string.Concat(Enumerable.Repeat("<a>", depth)) + string.Concat(Enumerable.Repeat("</a>", depth));

        ResultAssert.Rejected(Saml2SafeXml.Load(xml), Saml2ErrorCodes.XmlDepth);
    }

    [Fact]
    public void Load_NotWellFormed_RejectsMalformed()
    {
        ResultAssert.Rejected(Saml2SafeXml.Load("<samlp:Response><unclosed></samlp:Response>"), Saml2ErrorCodes.XmlMalformed);
    }

    [Fact]
    public void Load_WhitespaceCommentsAndInstructions_ArePreserved()
    {
        const string xml = "<a>\n  <b>x<!--c--><?pi d?></b>\n</a>";

        Assert.Equal(xml, ResultAssert.Success(Saml2SafeXml.Load(xml)).OuterXml);
    }
}
