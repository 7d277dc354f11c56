using System.Text;
using Hub.Adapters.Mapping.Address;

namespace Hub.Adapters.Mapping.Converters;

/// <summary>
/// <c>address</c>: a one-line Japanese address in canonical form: the text policy, then dashes between digits
/// (−, ‐, ー, ―...) as ASCII hyphens, and spaces after the prefecture and municipality removed. Refused when it does
/// not start with one of the 47 prefectures followed by a recognisable municipality. The schema splits the result
/// into region, locality and street_address (<see cref="JapaneseAddressSplitter"/>).
/// </summary>
public sealed class AddressConverter : IValueConverter
{
    public string Name => "address";

    public ConversionResult Convert(string value)
    {
        var text = TextNormalizer.Normalize(value);
        if (text.Value is null)
        {
            return text;
        }
        var canonical = CanonicalDashes(text.Value);
        var parts = JapaneseAddressSplitter.Split(canonical);
        return parts is null
            ? ConversionResult.Fail("address.unrecognised", "The address does not start with a prefecture and a municipality.")
            : ConversionResult.Ok(parts.Formatted);
    }

    private static string CanonicalDashes(string text)
    {
        var builder = new StringBuilder(text);
        for (var i = 1; i < builder.Length - 1; i++)
        {
            if (IsDash(builder[i]) && char.IsAsciiDigit(builder[i - 1]) && char.IsAsciiDigit(builder[i + 1]))
            {
                builder[i] = '-';
            }
        }
        return builder.ToString();
    }

    private static bool IsDash(char c) => c is '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' or '\u30FC';
}
