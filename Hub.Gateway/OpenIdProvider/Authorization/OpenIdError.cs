namespace Hub.Gateway.OpenIdProvider.Authorization;

/// <summary>
/// A rejection: the OAuth/OIDC <see cref="Error"/> sent to the relying party, a stable internal <see cref="Code"/>
/// for logs and tests (e.g. <c>op.client.suspended</c>), and a human description without personal data.
/// </summary>
public sealed record OpenIdError(string Error, string Code, string Description)
{
    public override string ToString() => $"{Error} ({Code}): {Description}";
}
