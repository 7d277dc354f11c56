using Hub.Adapters.Abstractions;

namespace Hub.Conformance.Browser;

/// <summary>
/// The end of a login: the callback the provider sent the browser to (GET with query, or the auto-POST form), or
/// null when it never came back. <see cref="Trace"/> says what happened, without query strings, secrets or personal data.
/// </summary>
internal sealed record LoginAttempt(ProviderCallback? Callback, string Trace)
{
    public static LoginAttempt Stopped(string trace) => new(null, trace);
}
