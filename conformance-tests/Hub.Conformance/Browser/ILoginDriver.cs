using Hub.Conformance.Candidates;

namespace Hub.Conformance.Browser;

/// <summary>Takes the browser from the hub's outgoing request to the provider's answer, as the login recipe says.</summary>
internal interface ILoginDriver
{
    Task<LoginAttempt> RunAsync(Uri start, CallbackTarget target, TestAccount account, LoginAction action, CancellationToken cancellationToken);
}
