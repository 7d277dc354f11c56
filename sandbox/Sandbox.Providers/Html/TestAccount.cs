namespace Sandbox.Providers.Html;

/// <summary>A test resident as the login page lists it (demo only: the page shows the credentials).</summary>
internal sealed record TestAccount(string Username, string Password, string Description, string Level);
