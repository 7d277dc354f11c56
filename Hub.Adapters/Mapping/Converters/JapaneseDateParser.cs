using System.Collections.Concurrent;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Hub.Adapters.Mapping.Converters;

/// <summary>
/// Reads dates as Japanese systems write them: era dates (令和6年4月30日, 平成元年1月8日, H2.1.15, R元.5.1, 平2.1.15),
/// Gregorian ones (1990-04-01, 1990/4/1, 1990.4.1, 1990年4月1日, 19900401). Era dates go through
/// <see cref="JapaneseCalendar"/>; the era is recognised by the ja-JP culture's own era names (kanji, the one-kanji
/// abbreviation, or the initial letter M/T/S/H/R), never by a hand-written year offset. A date that the calendar
/// places in another era (平成31年5月1日 is 令和元年5月1日; 昭和64年1月8日 is 平成) is refused, as is any date that does
/// not exist (令和6年2月30日).
/// </summary>
internal static partial class JapaneseDateParser
{
    private static readonly JapaneseCalendar Calendar = new();
    private static readonly DateTimeFormatInfo JapaneseFormat = CreateJapaneseFormat();

    // The regular expression admits about twenty era tokens; the culture's answer for each is remembered.
    private static readonly ConcurrentDictionary<string, int> EraNumbers = new(StringComparer.Ordinal);

    /// <summary>Parses an era or Gregorian date. <paramref name="text"/> must already be NFKC-normalised.</summary>
    public static ConversionResult Parse(string text)
    {
        var compact = text.Replace(" ", string.Empty, StringComparison.Ordinal);
        var era = EraDate().Match(compact);
        if (era.Success)
        {
            return FromEra(era);
        }
        var gregorian = GregorianDate().Match(compact);
        if (!gregorian.Success)
        {
            gregorian = CompactGregorianDate().Match(compact);
        }
        return gregorian.Success
            ? FromGregorian(Number(gregorian, "year"), Number(gregorian, "month"), Number(gregorian, "day"))
            : Unrecognised();
    }

    /// <summary>Only <c>yyyy/M/d</c> (one or two digits for month and day).</summary>
    public static ConversionResult ParseSlash(string text)
    {
        var match = SlashDate().Match(text);
        return match.Success
            ? FromGregorian(Number(match, "year"), Number(match, "month"), Number(match, "day"))
            : Unrecognised();
    }

    /// <summary>Only ISO 8601 calendar dates, <c>yyyy-MM-dd</c>.</summary>
    public static ConversionResult ParseIso(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? ConversionResult.Ok(Format(date))
            : Unrecognised();

    public static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static ConversionResult FromEra(Match match)
    {
        var eraNumber = EraNumbers.GetOrAdd(match.Groups["era"].Value, JapaneseFormat.GetEra);
        if (eraNumber < 0)
        {
            return Unrecognised();
        }
        var yearText = match.Groups["year"].Value;
        var year = yearText == "元" ? 1 : int.Parse(yearText, NumberStyles.None, CultureInfo.InvariantCulture);
        DateTime date;
        try
        {
            date = Calendar.ToDateTime(year, Number(match, "month"), Number(match, "day"), 0, 0, 0, 0, eraNumber);
        }
        catch (ArgumentOutOfRangeException)
        {
            return ConversionResult.Fail("date.invalid", "The era date does not exist.");
        }
        // The calendar accepts years past an era's end (平成31年5月1日 becomes 2019-05-01, which is 令和): refuse them.
        if (Calendar.GetEra(date) != eraNumber)
        {
            return ConversionResult.Fail("date.outside_era", "The date lies outside the era it names.");
        }
        return ConversionResult.Ok(Format(DateOnly.FromDateTime(date)));
    }

    private static ConversionResult FromGregorian(int year, int month, int day)
    {
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return ConversionResult.Fail("date.invalid", "The date does not exist.");
        }
        return ConversionResult.Ok(Format(new DateOnly(year, month, day)));
    }

    private static ConversionResult Unrecognised() =>
        ConversionResult.Fail("date.unrecognised", "The value is not a date in a recognised format.");

    private static int Number(Match match, string group) =>
        int.Parse(match.Groups[group].Value, NumberStyles.None, CultureInfo.InvariantCulture);

    private static DateTimeFormatInfo CreateJapaneseFormat()
    {
        var format = (DateTimeFormatInfo)CultureInfo.GetCultureInfo("ja-JP").DateTimeFormat.Clone();
        format.Calendar = Calendar;
        return DateTimeFormatInfo.ReadOnly(format);
    }

    [GeneratedRegex(@"^(?<era>明治|大正|昭和|平成|令和|[明大昭平令MTSHRmtshr])\.?(?<year>元|[0-9]{1,2})(?:年(?<month>[0-9]{1,2})月(?<day>[0-9]{1,2})日|(?<sep>[./-])(?<month>[0-9]{1,2})\k<sep>(?<day>[0-9]{1,2}))$", RegexOptions.CultureInvariant)]
    private static partial Regex EraDate();

    [GeneratedRegex(@"^(?<year>[0-9]{4})(?:年(?<month>[0-9]{1,2})月(?<day>[0-9]{1,2})日|(?<sep>[./-])(?<month>[0-9]{1,2})\k<sep>(?<day>[0-9]{1,2}))$", RegexOptions.CultureInvariant)]
    private static partial Regex GregorianDate();

    [GeneratedRegex(@"^(?<year>[0-9]{4})(?<month>[0-9]{2})(?<day>[0-9]{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex CompactGregorianDate();

    [GeneratedRegex(@"^(?<year>[0-9]{4})/(?<month>[0-9]{1,2})/(?<day>[0-9]{1,2})$", RegexOptions.CultureInvariant)]
    private static partial Regex SlashDate();
}
