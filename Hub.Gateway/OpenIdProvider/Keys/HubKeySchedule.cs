using Hub.Gateway.OpenIdProvider.Options;

namespace Hub.Gateway.OpenIdProvider.Keys;

/// <summary>
/// Generation arithmetic: generation n is meant to sign from n × period (counted from the Unix epoch) until the
/// next one takes over, and stays published for the grace after that.
/// </summary>
internal sealed class HubKeySchedule(HubKeySettings settings)
{
    public long GenerationAt(DateTimeOffset instant)
        => (instant - DateTimeOffset.UnixEpoch).Ticks / settings.RotationPeriod.Ticks;

    public DateTimeOffset ActivationOf(long generation)
        => DateTimeOffset.UnixEpoch + TimeSpan.FromTicks(settings.RotationPeriod.Ticks * generation);

    public DateTimeOffset RetirementOf(long generation) => ActivationOf(generation + 1);

    public DateTimeOffset ExpiryOf(long generation) => RetirementOf(generation) + settings.RetirementGrace;
}
