namespace Hub.Adapters.Mapping.Converters;

/// <summary><c>boolean</c>: "true"/"false" (any case) or "1"/"0" to "true"/"false".</summary>
public sealed class BooleanConverter : IValueConverter
{
    public string Name => "boolean";

    public ConversionResult Convert(string value) => value.Trim().ToLowerInvariant() switch
    {
        "true" or "1" => ConversionResult.Ok("true"),
        "false" or "0" => ConversionResult.Ok("false"),
        _ => ConversionResult.Fail("boolean.invalid", "The value is not a boolean."),
    };
}
