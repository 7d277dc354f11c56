using Hub.TrustList.Regions;

namespace Hub.Adapters.Mapping.Converters;

/// <summary><c>lg-code</c>: a 6-digit local government code whose check digit is valid (全角 digits allowed).</summary>
public sealed class LocalGovernmentCodeConverter : IValueConverter
{
    public string Name => "lg-code";

    public ConversionResult Convert(string value)
    {
        var text = TextNormalizer.Normalize(value);
        if (text.Value is null)
        {
            return text;
        }
        return LocalGovernmentCode.IsValid(text.Value)
            ? ConversionResult.Ok(text.Value)
            : ConversionResult.Fail("lgcode.invalid", "The local government code is not six digits with a valid check digit.");
    }
}
