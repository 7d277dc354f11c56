namespace Hub.Gateway.Consents.Notification;

/// <summary>
/// How consent-revocation SETs are pushed (section <c>Hub:ConsentRevocation</c>): the queue is polled every
/// <see cref="PollInterval"/>; a failed attempt is retried after <see cref="InitialBackoff"/>, doubling each time up to
/// <see cref="MaxBackoff"/>, at most <see cref="MaxAttempts"/> attempts in all.
/// </summary>
public sealed class SetDeliveryOptions
{
    public const string SectionName = "Hub:ConsentRevocation";

    /// <summary>The named HttpClient (with its resilience pipeline) that posts the SETs.</summary>
    public const string HttpClientName = "hub-set-delivery";

    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    public TimeSpan InitialBackoff { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromHours(6);

    public int MaxAttempts { get; set; } = 12;

    /// <summary>How long one instance holds a delivery it is attempting before another may take it.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(1);

    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The wait before attempt <paramref name="attempts"/> + 1, after <paramref name="attempts"/> failed ones.</summary>
    public TimeSpan BackoffAfter(int attempts)
    {
        var factor = Math.Pow(2, Math.Max(0, attempts - 1));
        var wait = InitialBackoff.TotalMilliseconds * factor;
        return wait >= MaxBackoff.TotalMilliseconds ? MaxBackoff : TimeSpan.FromMilliseconds(wait);
    }
}
