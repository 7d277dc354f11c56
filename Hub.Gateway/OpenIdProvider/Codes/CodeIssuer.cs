using System.Security.Claims;
using Hub.Gateway.Stores.Abstractions;
using Hub.TrustList.Common;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Hub.Gateway.OpenIdProvider.Codes;

/// <summary>
/// Stores a code principal under a fresh handle (<see cref="CodeHandle"/>) in the shared code store for the code's
/// lifetime, owned by its subject and client (kept for replay reports and revocation). Null if the store refused
/// the handle: no code rather than a shared one.
/// </summary>
internal sealed class CodeIssuer(IAuthorizationCodeStore store, ISecureRandom random)
{
    public Task<string?> IssueAsync(ClaimsPrincipal principal, string clientId, TimeSpan lifetime, CancellationToken cancellationToken)
        => IssueAsync(
            StoredCodePrincipal.From(principal), new CodeOwner(principal.GetClaim(Claims.Subject) ?? string.Empty, clientId), lifetime, cancellationToken);

    public async Task<string?> IssueAsync(StoredCodePrincipal code, CodeOwner owner, TimeSpan lifetime, CancellationToken cancellationToken)
    {
        var handle = CodeHandle.Create(random);
        var stored = await store.TryStoreAsync(handle, code, owner, lifetime > TimeSpan.Zero ? lifetime : TimeSpan.FromSeconds(1), cancellationToken);
        return stored ? handle : null;
    }
}
