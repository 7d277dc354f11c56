namespace Sandbox.Providers.Oidc.Token;

/// <summary>
/// Single-use authorization codes. Redemption is atomic: the first attempt takes the code, whatever its outcome.
/// A used code is remembered for a while, so a second attempt is recognised and the tokens issued for the code
/// can be revoked (RFC 6749 §4.1.2).
/// </summary>
/// <param name="allowReuse">Only for <see cref="SandboxFaults.CodeAcceptedTwice"/>: a used code is redeemed again.</param>
internal sealed class AuthorizationCodeStore(TimeProvider time, int capacity = 10_000, bool allowReuse = false)
{
    private static readonly TimeSpan RememberUsed = TimeSpan.FromMinutes(10);
    private readonly Lock _lock = new();
    private readonly Dictionary<string, Entry> _codes = new(StringComparer.Ordinal);

    public bool TryAdd(string code, AuthorizationCodeGrant grant)
    {
        lock (_lock)
        {
            if (_codes.Count >= capacity)
            {
                var now = time.GetUtcNow();
                foreach (var key in _codes.Where(e => e.Value.Grant.ExpiresAt + RememberUsed <= now).Select(e => e.Key).ToList())
                {
                    _codes.Remove(key);
                }
            }
            return _codes.Count < capacity && _codes.TryAdd(code, new Entry(grant));
        }
    }

    public CodeRedemption Redeem(string code)
    {
        lock (_lock)
        {
            if (!_codes.TryGetValue(code, out var entry) || entry.Grant.ExpiresAt + RememberUsed <= time.GetUtcNow())
            {
                return new CodeRedemption(CodeRedemptionOutcome.Unknown, null, []);
            }
            if (entry.Redeemed && !allowReuse)
            {
                var revoked = entry.AccessTokens.ToList();
                entry.AccessTokens.Clear();
                return new CodeRedemption(CodeRedemptionOutcome.Reused, null, revoked);
            }
            entry.Redeemed = true;
            return entry.Grant.ExpiresAt <= time.GetUtcNow()
                ? new CodeRedemption(CodeRedemptionOutcome.Expired, null, [])
                : new CodeRedemption(CodeRedemptionOutcome.Redeemed, entry.Grant, []);
        }
    }

    /// <summary>Remembers an access token issued for the code, to revoke it if the code is replayed.</summary>
    public void RecordAccessToken(string code, string accessToken)
    {
        lock (_lock)
        {
            if (_codes.TryGetValue(code, out var entry))
            {
                entry.AccessTokens.Add(accessToken);
            }
        }
    }

    private sealed class Entry(AuthorizationCodeGrant grant)
    {
        public AuthorizationCodeGrant Grant { get; } = grant;

        public bool Redeemed { get; set; }

        public List<string> AccessTokens { get; } = [];
    }
}

internal enum CodeRedemptionOutcome
{
    Redeemed,
    Unknown,
    Expired,
    Reused,
}

/// <summary>The outcome of presenting a code; on reuse, the access tokens to revoke.</summary>
internal sealed record CodeRedemption(CodeRedemptionOutcome Outcome, AuthorizationCodeGrant? Grant, IReadOnlyList<string> RevokedAccessTokens);
