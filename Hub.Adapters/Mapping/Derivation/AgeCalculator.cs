namespace Hub.Adapters.Mapping.Derivation;

/// <summary>
/// Age in completed years on a calendar date in Japan: an age is reached at 00:00 JST on the birthday. (The Act on
/// Age Calculation counts from the end of the day before, which matters only for legal deadlines; the schema uses the
/// plain rule, see docs/attributes.md.) Someone born on 29 February reaches an age on 1 March in common years.
/// </summary>
internal static class AgeCalculator
{
    public static int AgeOn(DateOnly birthdate, DateOnly on)
    {
        var age = on.Year - birthdate.Year;
        if (on.Month < birthdate.Month || on.Month == birthdate.Month && on.Day < birthdate.Day)
        {
            age--;
        }
        return age;
    }
}
