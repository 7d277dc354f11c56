namespace Hub.Adapters.Mapping.Converters;

/// <summary><c>slash-date</c>: <c>yyyy/M/d</c> (1990/04/01, 1990/4/1) to ISO 8601.</summary>
public sealed class SlashDateConverter : IValueConverter
{
    public string Name => "slash-date";

    public ConversionResult Convert(string value)
    {
        var text = TextNormalizer.Normalize(value);
        return text.Value is null ? text : JapaneseDateParser.ParseSlash(text.Value);
    }
}
