using Hub.Conformance.Browser;

namespace Hub.Conformance.Tests.Browser;

public sealed class HtmlFormsTests
{
    private static readonly Uri Page = new("https://idp.example.jp/login/start?x=1");

    [Fact]
    public void Parse_LoginPage_ReadsIdActionAndSubmittedFields()
    {
        const string html = """
            <form method="post" id="login" action="/login/submit">
              <input type="hidden" name="request_id" value="abc&amp;def">
              <input name=username type=text value="">
              <input type='password' name='password'>
              <input type="checkbox" name="remember">
              <input type="checkbox" name="agree" checked>
              <input type="submit" name="go" value="Sign in">
              <button type="submit" name="action" value="login">Sign in</button>
            </form>
            """;

        var form = Assert.Single(HtmlForms.Parse(html, Page));

        Assert.Equal("login", form.Id);
        Assert.Equal("POST", form.Method);
        Assert.Equal(new Uri("https://idp.example.jp/login/submit"), form.Action);
        Assert.Equal(["request_id=abc&def", "username=", "password=", "agree="], form.Fields.Select(f => $"{f.Key}={f.Value}"));
    }

    [Fact]
    public void Parse_AutoPostPageWithoutAction_PostsToThePageItself()
    {
        var forms = HtmlForms.Parse("<FORM METHOD=POST><INPUT TYPE=hidden NAME=SAMLResponse VALUE=PHNhbWw+></FORM><form></form>", Page);

        Assert.Equal(2, forms.Count);
        Assert.Equal(Page, forms[0].Action);
        Assert.Equal("PHNhbWw+", forms[0].Fields.Single().Value);
        Assert.Equal("GET", forms[1].Method);
    }

    [Fact]
    public void Title_IsDecodedAndClipped()
    {
        Assert.Equal("エラー & error", HtmlForms.Title("<html><title> エラー &amp; error </title></html>"));
        Assert.Equal(80, HtmlForms.Title("<title>" + new string('x', 200) + "</title>")!.Length);
        Assert.Null(HtmlForms.Title("<p>none</p>"));
    }
}
