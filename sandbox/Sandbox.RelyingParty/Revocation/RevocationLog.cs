namespace Sandbox.RelyingParty.Revocation;

/// <summary>The revocations received, newest last, bounded (the oldest go first). In memory: a demo keeps no records.</summary>
internal sealed class RevocationLog(DemoRelyingPartyOptions options)
{
    private readonly Lock _gate = new();
    private readonly LinkedList<ReceivedRevocation> _entries = new();

    public void Add(ReceivedRevocation revocation)
    {
        lock (_gate)
        {
            _entries.AddLast(revocation);
            while (_entries.Count > options.RevocationLogCapacity)
            {
                _entries.RemoveFirst();
            }
        }
    }

    public IReadOnlyList<ReceivedRevocation> Snapshot()
    {
        lock (_gate)
        {
            return [.. _entries];
        }
    }

    /// <summary>Whether consent for this pairwise subject was revoked at or after the given time (a session begun before it ends).</summary>
    public bool IsRevokedSince(string subject, DateTimeOffset since)
    {
        lock (_gate)
        {
            return _entries.Any(e => string.Equals(e.Subject, subject, StringComparison.Ordinal) && e.IssuedAt >= since);
        }
    }
}
