namespace Hub.Adapters.Mapping.Converters;

/// <summary><c>japanese-date</c>: era or Gregorian dates to ISO 8601 (see <see cref="JapaneseDateParser"/>).</summary>
public sealed class JapaneseDateConverter : IValueConverter
{
    public string Name => "japanese-date";

    public ConversionResult Convert(string value)
    {
        var text = TextNormalizer.Normalize(value);
        return text.Value is null ? text : JapaneseDateParser.Parse(text.Value);
    }
}
