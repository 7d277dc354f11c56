using System.Diagnostics;
using Hub.Adapters.Abstractions;
using Hub.Conformance.Candidates;

namespace Hub.Conformance.Browser;

/// <summary>
/// The script hook, for logins a form recipe cannot drive. The command gets the login URL as its last argument and
/// the environment <c>CONFORMANCE_USERNAME</c>, <c>CONFORMANCE_PASSWORD</c>, <c>CONFORMANCE_ACTION</c> (login or
/// cancel) and <c>CONFORMANCE_CALLBACK</c> (the hub's callback URL). Its last output line is one of:
/// <c>&lt;url&gt;</c> (the provider redirected there), <c>POST &lt;url&gt; &lt;form-urlencoded body&gt;</c> (it posted
/// there), or <c>NONE &lt;reason&gt;</c> (it never sent the browser back).
/// </summary>
internal sealed class ScriptLoginDriver(ScriptLoginRecipe recipe) : ILoginDriver
{
    public async Task<LoginAttempt> RunAsync(Uri start, CallbackTarget target, TestAccount account, LoginAction action, CancellationToken cancellationToken)
    {
        var info = new ProcessStartInfo(recipe.Command)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = recipe.WorkingDirectory,
        };
        foreach (var argument in recipe.Arguments)
        {
            info.ArgumentList.Add(argument);
        }
        info.ArgumentList.Add(start.AbsoluteUri);
        info.Environment["CONFORMANCE_USERNAME"] = account.Username;
        info.Environment["CONFORMANCE_PASSWORD"] = account.Password;
        info.Environment["CONFORMANCE_ACTION"] = action == LoginAction.Login ? "login" : "cancel";
        info.Environment["CONFORMANCE_CALLBACK"] = target.Url.AbsoluteUri;
        using var process = new Process { StartInfo = info };
        try
        {
            process.Start();
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            return LoginAttempt.Stopped($"script hook: cannot start '{recipe.Command}' ({e.Message})");
        }
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(recipe.Timeout);
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var errors = process.StandardError.ReadToEndAsync(timeout.Token);
        try
        {
            await process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
            await Task.WhenAll(output, errors).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            process.Kill(entireProcessTree: true);
            return LoginAttempt.Stopped($"script hook: no answer within {recipe.Timeout.TotalSeconds:0} s");
        }
        if (process.ExitCode != 0)
        {
            return LoginAttempt.Stopped($"script hook: exit code {process.ExitCode}");
        }
        return Interpret(LastLine(output.Result), target);
    }

    internal static LoginAttempt Interpret(string line, CallbackTarget target)
    {
        var parts = line.Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length >= 1 && parts[0] == "NONE")
        {
            return LoginAttempt.Stopped("script hook: the provider did not send the browser back" + (parts.Length > 1 ? $" ({string.Join(' ', parts[1..])})" : ""));
        }
        var isPost = parts.Length >= 2 && parts[0] == "POST";
        var urlText = isPost ? parts[1] : parts.FirstOrDefault() ?? "";
        if (!Uri.TryCreate(urlText, UriKind.Absolute, out var url))
        {
            return LoginAttempt.Stopped("script hook: the last output line is neither a URL, 'POST <url> <body>' nor 'NONE <reason>'");
        }
        if (!target.Matches(url))
        {
            return LoginAttempt.Stopped($"script hook: the provider sent the browser to {url.GetLeftPart(UriPartial.Path)}, not to the hub");
        }
        var callback = isPost
            ? new ProviderCallback("POST", url, QueryString.Parse(url.Query), QueryString.Parse(parts.Length > 2 ? parts[2] : ""))
            : new ProviderCallback("GET", url, QueryString.Parse(url.Query), new Dictionary<string, string>());
        return new LoginAttempt(callback, $"script hook: back to the hub: {callback.Method} {url.AbsolutePath}");
    }

    private static string LastLine(string output)
        => output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault() ?? "";
}
