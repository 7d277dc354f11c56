using System.Text;
using Hub.TrustList.Common;
using Microsoft.AspNetCore.Http;

namespace Sandbox.Providers.Html;

/// <summary>
/// The login page. Form-login recipe: the form <c>#login</c> posts to <paramref name="action"/> the hidden
/// <c>request_id</c>, the fields <c>username</c> and <c>password</c>, and <c>action=login</c> (the default) or
/// <c>action=cancel</c>. The sign-in button comes first so that Enter signs in rather than cancels.
/// </summary>
internal static class LoginPage
{
    public static Task WriteAsync(
        HttpContext context, BrandLook look, string action, string requestId, string requester,
        IEnumerable<TestAccount> accounts, ISecureRandom random, string? redirectTarget,
        string? usernameHint = null, bool failed = false)
    {
        var body = new StringBuilder();
        body.Append("<h1>ログイン / Sign in</h1>");
        body.Append($"<p>{HtmlPage.Encode(requester)} へのログインを求められています。<br>Sign in to continue to {HtmlPage.Encode(requester)}.</p>");
        if (failed)
        {
            body.Append("<p class=\"error\" id=\"login-error\">利用者IDまたはパスワードが違います。<br>Wrong username or password.</p>");
        }
        body.Append($"""
            <form id="login" method="post" action="{HtmlPage.Encode(action)}">
            <input type="hidden" name="request_id" value="{HtmlPage.Encode(requestId)}">
            <label for="username">利用者ID / Username</label>
            <input type="text" id="username" name="username" autocomplete="username" autocapitalize="none" value="{HtmlPage.Encode(usernameHint)}">
            <label for="password">パスワード / Password</label>
            <input type="password" id="password" name="password" autocomplete="current-password">
            <div class="actions">
            <button class="primary" type="submit" name="action" value="login">ログイン / Sign in</button>
            <button type="submit" name="action" value="cancel" formnovalidate>キャンセル / Cancel</button>
            </div>
            </form>
            <details><summary>テスト用の住民 / Test residents (demo only)</summary>
            <table><tr><th>ID</th><th>パスワード / Password</th><th>住民 / Resident</th><th>LoA</th></tr>
            """);
        foreach (var account in accounts)
        {
            body.Append($"<tr><td>{HtmlPage.Encode(account.Username)}</td><td>{HtmlPage.Encode(account.Password)}</td><td>{HtmlPage.Encode(account.Description)}</td><td>{HtmlPage.Encode(account.Level)}</td></tr>");
        }
        body.Append("</table></details>");
        return HtmlPage.WriteAsync(context, StatusCodes.Status200OK, look, "ログイン / Sign in", body.ToString(), random, redirectTarget);
    }
}
