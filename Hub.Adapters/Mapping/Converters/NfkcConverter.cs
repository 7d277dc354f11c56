namespace Hub.Adapters.Mapping.Converters;

/// <summary><c>nfkc</c>: the schema's text policy (see <see cref="TextNormalizer"/>).</summary>
public sealed class NfkcConverter : IValueConverter
{
    public string Name => "nfkc";

    public ConversionResult Convert(string value) => TextNormalizer.Normalize(value);
}
