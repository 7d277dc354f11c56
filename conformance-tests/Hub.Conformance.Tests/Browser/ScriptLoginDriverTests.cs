using Hub.Conformance.Browser;
using Hub.Conformance.Candidates;
using Hub.TrustList.Model;

namespace Hub.Conformance.Tests.Browser;

public sealed class ScriptLoginDriverTests
{
    private static readonly CallbackTarget Target = new(new Uri("http://localhost:5080/oidc/callback"));
    private static readonly TestAccount Account = new("yuki", "yuki-demo", LevelOfAssurance.B, []);

    [Fact]
    public void Interpret_RedirectUrl_IsGetCallbackWithQuery()
    {
        var attempt = ScriptLoginDriver.Interpret("http://localhost:5080/oidc/callback?code=c%2B1&state=s&iss=http%3A%2F%2Fop", Target);

        var callback = attempt.Callback!;
        Assert.Equal("GET", callback.Method);
        Assert.Equal("c+1", callback.Query["code"]);
        Assert.Equal("http://op", callback.Query["iss"]);
    }

    [Fact]
    public void Interpret_PostLine_IsPostCallbackWithForm()
    {
        var attempt = ScriptLoginDriver.Interpret("POST http://localhost:5080/oidc/callback SAMLResponse=PHI%2B&RelayState=r+s", Target);

        Assert.Equal("POST", attempt.Callback!.Method);
        Assert.Equal("PHI+", attempt.Callback.Form["SAMLResponse"]);
        Assert.Equal("r s", attempt.Callback.Form["RelayState"]);
    }

    [Theory]
    [InlineData("NONE the IdP showed an error page", "did not send the browser back")]
    [InlineData("http://elsewhere.example/cb?code=1", "not to the hub")]
    [InlineData("garbage", "neither a URL")]
    public void Interpret_NoCallback_StopsWithReason(string line, string reason)
    {
        var attempt = ScriptLoginDriver.Interpret(line, Target);

        Assert.Null(attempt.Callback);
        Assert.Contains(reason, attempt.Trace, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_Script_GetsUrlAndEnvironmentAndItsLastLineCounts()
    {
        var recipe = new ScriptLoginRecipe("/bin/sh", ["-c", """echo "progress..."; echo "${CONFORMANCE_CALLBACK}?code=${CONFORMANCE_USERNAME}-${CONFORMANCE_ACTION}&start=$(printf %s "$0" | wc -c)" """],
            TimeSpan.FromSeconds(20), Path.GetTempPath());

        var attempt = await new ScriptLoginDriver(recipe).RunAsync(new Uri("http://idp.example/authorize"), Target, Account, LoginAction.Cancel, CancellationToken.None);

        Assert.Equal("yuki-cancel", attempt.Callback!.Query["code"]);
        Assert.Equal("28", attempt.Callback.Query["start"]);
    }

    [Fact]
    public async Task RunAsync_FailingScript_StopsWithExitCode()
    {
        var recipe = new ScriptLoginRecipe("/bin/sh", ["-c", "exit 3"], TimeSpan.FromSeconds(20), Path.GetTempPath());

        var attempt = await new ScriptLoginDriver(recipe).RunAsync(new Uri("http://idp.example/a"), Target, Account, LoginAction.Login, CancellationToken.None);

        Assert.Null(attempt.Callback);
        Assert.Contains("exit code 3", attempt.Trace, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_SlowScript_IsStoppedAtTheTimeout()
    {
        var recipe = new ScriptLoginRecipe("/bin/sh", ["-c", "sleep 30"], TimeSpan.FromSeconds(1), Path.GetTempPath());

        var attempt = await new ScriptLoginDriver(recipe).RunAsync(new Uri("http://idp.example/a"), Target, Account, LoginAction.Login, CancellationToken.None);

        Assert.Contains("no answer within 1 s", attempt.Trace, StringComparison.Ordinal);
    }
}
