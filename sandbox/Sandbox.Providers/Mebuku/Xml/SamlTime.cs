using System.Globalization;
using System.Xml;

namespace Sandbox.Providers.Mebuku.Xml;

/// <summary>xs:dateTime in UTC, as SAML requires.</summary>
internal static class SamlTime
{
    public static string Format(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    public static DateTimeOffset? TryParse(string? text)
    {
        if (text is null)
        {
            return null;
        }
        try
        {
            return new DateTimeOffset(XmlConvert.ToDateTime(text, XmlDateTimeSerializationMode.Utc));
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
