namespace Hub.Conformance.Browser;

/// <summary>What the person does on the provider's login page.</summary>
internal enum LoginAction
{
    Login,
    Cancel,
}
