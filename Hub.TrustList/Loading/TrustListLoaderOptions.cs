namespace Hub.TrustList.Loading;

/// <summary>Configuration of <see cref="TrustListLoader"/> (section "TrustList"); checked when the host starts.</summary>
public sealed class TrustListLoaderOptions
{
    public const string SectionName = "TrustList";

    /// <summary>A file path, or an https URL (http only for a loopback host).</summary>
    public string? Source { get; set; }

    /// <summary>Where the last verified list is kept, so a restart does not depend on the source. Optional.</summary>
    public string? CachePath { get; set; }

    /// <summary>How often the source is read again.</summary>
    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Files holding the coordinator's public JWKs (one, or two during a rollover).</summary>
    public IList<string> AnchorFiles { get; set; } = [];

    /// <summary>The coordinator's public JWKs given inline.</summary>
    public IList<string> AnchorJwks { get; set; } = [];

    public TimeSpan MaxValidity { get; set; } = TimeSpan.FromDays(35);

    public long MaxDocumentBytes { get; set; } = Verification.TrustListVerifierOptions.DefaultMaxDocumentBytes;

    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The cap on one fetch, retries included.</summary>
    public TimeSpan FetchTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
