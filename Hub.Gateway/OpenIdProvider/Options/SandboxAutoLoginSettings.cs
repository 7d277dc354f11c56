namespace Hub.Gateway.OpenIdProvider.Options;

/// <summary>
/// The sandbox "auto login" (<c>Hub:OpenIdProvider:AutoLogin</c>): every authorization request is approved for one
/// fixed sandbox person, with consent to every claim the RP may and did request. Off unless <see cref="Enabled"/>,
/// and refused at start outside demo mode or the Development environment. Never a production path.
/// </summary>
public sealed class SandboxAutoLoginSettings
{
    public bool Enabled { get; set; }

    public string ProviderId { get; set; } = "sandbox";

    public string Subject { get; set; } = "sandbox-person-1";

    public string Loa { get; set; } = "B";

    public string? Name { get; set; } = "見本 太郎";

    public string? Birthdate { get; set; } = "1990-04-01";
}
