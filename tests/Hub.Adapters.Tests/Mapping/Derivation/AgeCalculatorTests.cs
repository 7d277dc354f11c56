using Hub.Adapters.Mapping.Derivation;

namespace Hub.Adapters.Tests.Mapping.Derivation;

public class AgeCalculatorTests
{
    [Theory]
    [InlineData("2006-04-02", "2024-04-01", 17)]
    [InlineData("2006-04-02", "2024-04-02", 18)]
    [InlineData("2006-04-02", "2024-04-03", 18)]
    [InlineData("1959-12-31", "2024-12-30", 64)]
    [InlineData("1959-12-31", "2024-12-31", 65)]
    // Born on 29 February: the age is reached on 1 March in a common year, on 29 February in a leap year.
    [InlineData("2004-02-29", "2022-02-28", 17)]
    [InlineData("2004-02-29", "2022-03-01", 18)]
    [InlineData("2004-02-29", "2024-02-28", 19)]
    [InlineData("2004-02-29", "2024-02-29", 20)]
    public void AgeOn_Date_ReturnsCompletedYears(string birthdate, string on, int expected)
    {
        Assert.Equal(expected, AgeCalculator.AgeOn(DateOnly.Parse(birthdate, System.Globalization.CultureInfo.InvariantCulture),
            DateOnly.Parse(on, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    // 23:59 JST on 1 April 2024 is 14:59 UTC; 00:00 JST on 2 April is 15:00 UTC on 1 April.
    [InlineData("2024-04-01T14:59:59Z", "2024-04-01")]
    [InlineData("2024-04-01T15:00:00Z", "2024-04-02")]
    [InlineData("2024-04-02T00:00:00+09:00", "2024-04-02")]
    public void JapanTime_DateOf_UsesJst(string instant, string expected)
    {
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture),
            JapanTime.DateOf(DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture)));
    }
}
