using Hub.TrustList.Common;
using Hub.TrustList.Conformance;

namespace Hub.Conformance.Candidates;

/// <summary>The login recipe: exactly one of <c>form</c> or <c>script</c>.</summary>
internal static class CandidateRecipe
{
    public static Result<LoginRecipe, ConformanceError> Read(LoginRecipeFile file, string baseDirectory)
    {
        if ((file.Form is null) == (file.Script is null))
        {
            return CandidateLoader.Fail("login must hold exactly one of 'form' (a form-login recipe) or 'script' (a script hook).");
        }
        if (file.Form is { } form)
        {
            return Result<LoginRecipe, ConformanceError>.Ok(new FormLoginRecipe(
                form.FormId, form.UsernameField, form.PasswordField, form.SubmitName, form.LoginValue, form.CancelValue));
        }
        var script = file.Script!;
        if (string.IsNullOrWhiteSpace(script.Command) || script.TimeoutSeconds is < 1 or > 600)
        {
            return CandidateLoader.Fail("login.script needs a command and a timeout_seconds between 1 and 600.");
        }
        return Result<LoginRecipe, ConformanceError>.Ok(new ScriptLoginRecipe(
            script.Command, script.Arguments ?? [], TimeSpan.FromSeconds(script.TimeoutSeconds), baseDirectory));
    }
}
