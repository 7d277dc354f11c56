using Hub.TrustList.Loading;
using Hub.TrustList.Lookup;

namespace Hub.Gateway.Operations.TrustListBrowser;

/// <summary>
/// The last two accepted trust lists of this instance (for the browser's diff): updated from the loader's
/// <see cref="TrustListLoader.Loaded"/> event, seeded with the current list when it starts.
/// </summary>
public sealed class TrustListHistory
{
    private readonly Lock _gate = new();
    private TrustListSnapshot? _current;
    private TrustListSnapshot? _previous;

    public TrustListHistory(ITrustListSource source, TrustListLoader? loader = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (loader is not null)
        {
            loader.Loaded += (_, loaded) =>
            {
                if (loaded.Outcome == TrustListLoadOutcome.Accepted && loader.Current is { } accepted)
                {
                    Record(accepted);
                }
            };
        }
        if (source.Current is { } current)
        {
            Record(current);
        }
    }

    /// <summary>The previous accepted list and the current one; Previous is null until a second list was accepted.</summary>
    public (TrustListSnapshot? Previous, TrustListSnapshot? Current) Latest
    {
        get
        {
            lock (_gate)
            {
                return (_previous, _current);
            }
        }
    }

    public void Record(TrustListSnapshot accepted)
    {
        ArgumentNullException.ThrowIfNull(accepted);
        lock (_gate)
        {
            if (_current is not null && accepted.Sequence <= _current.Sequence)
            {
                return;
            }
            _previous = _current;
            _current = accepted;
        }
    }
}
