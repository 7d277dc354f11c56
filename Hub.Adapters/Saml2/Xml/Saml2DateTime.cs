using System.Globalization;

namespace Hub.Adapters.Saml2.Xml;

/// <summary>SAML times are xs:dateTime in UTC (saml-core §1.3.3).</summary>
internal static class Saml2DateTime
{
    private static readonly string[] Formats =
    [
        "yyyy-MM-ddTHH:mm:ssZ", "yyyy-MM-ddTHH:mm:ss.FFFFFFFZ",
        "yyyy-MM-ddTHH:mm:sszzz", "yyyy-MM-ddTHH:mm:ss.FFFFFFFzzz",
    ];

    public static bool TryParse(string? text, out DateTimeOffset value)
        => DateTimeOffset.TryParseExact(text?.Trim(), Formats, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out value);

    public static string Format(DateTimeOffset value)
        => value.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);
}
