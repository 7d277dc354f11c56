namespace Hub.Adapters.Mapping.Converters;

/// <summary>
/// <c>iso5218-gender</c>: ISO 5218 codes to the OIDC <c>gender</c> values. 1 → male, 2 → female,
/// 9 (not applicable) → <c>other</c> (OIDC allows other values when neither defined value applies),
/// 0 (not known) → no claim and no warning: "unknown" is a valid answer, and OIDC expresses it by omission.
/// OIDC values (male, female, other) and 男, 男性, 女, 女性 are accepted as well.
/// </summary>
public sealed class Iso5218GenderConverter : IValueConverter
{
    public const string Male = "male";
    public const string Female = "female";
    public const string Other = "other";

    public string Name => "iso5218-gender";

    public ConversionResult Convert(string value)
    {
        var text = TextNormalizer.Normalize(value);
        if (text.Value is null)
        {
            return text;
        }
        return text.Value.ToLowerInvariant() switch
        {
            "1" or "male" or "男" or "男性" => ConversionResult.Ok(Male),
            "2" or "female" or "女" or "女性" => ConversionResult.Ok(Female),
            "9" or "other" => ConversionResult.Ok(Other),
            "0" => ConversionResult.Absent(),
            _ => ConversionResult.Fail("gender.unrecognised", "The value is not an ISO 5218 code or a known gender value."),
        };
    }

    internal static bool IsSchemaValue(string value) => value is Male or Female or Other;
}
