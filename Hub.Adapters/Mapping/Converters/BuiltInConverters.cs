namespace Hub.Adapters.Mapping.Converters;

/// <summary>The converters that ship with the hub (docs/attributes.md, "Converters").</summary>
public static class BuiltInConverters
{
    public static IReadOnlyList<IValueConverter> All { get; } =
    [
        new NfkcConverter(),
        new KanaConverter(),
        new JapaneseDateConverter(),
        new SlashDateConverter(),
        new IsoDateConverter(),
        new Iso5218GenderConverter(),
        new AddressConverter(),
        new LocalGovernmentCodeConverter(),
        new PostalCodeConverter(),
        new EmailConverter(),
        new BooleanConverter(),
    ];
}
