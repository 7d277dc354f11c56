namespace Hub.Adapters.Mapping.Converters;

/// <summary><c>iso-date</c>: accepts only an ISO 8601 calendar date, <c>yyyy-MM-dd</c>.</summary>
public sealed class IsoDateConverter : IValueConverter
{
    public string Name => "iso-date";

    public ConversionResult Convert(string value)
    {
        var text = TextNormalizer.Normalize(value);
        return text.Value is null ? text : JapaneseDateParser.ParseIso(text.Value);
    }
}
