namespace Hub.Adapters.Mapping.Converters;

/// <summary>The converters known by name. Built once from every registered <see cref="IValueConverter"/>.</summary>
public sealed class ConverterRegistry
{
    private readonly Dictionary<string, IValueConverter> _byName;

    public ConverterRegistry(IEnumerable<IValueConverter> converters)
    {
        _byName = new Dictionary<string, IValueConverter>(StringComparer.Ordinal);
        foreach (var converter in converters)
        {
            // The first registration of a name wins, as with TryAdd: a host registers its own before ours to replace it.
            _byName.TryAdd(converter.Name, converter);
        }
    }

    /// <summary>A registry of the built-in converters only.</summary>
    public static ConverterRegistry BuiltIn { get; } = new(BuiltInConverters.All);

    public IReadOnlyCollection<string> Names => _byName.Keys;

    public bool TryGet(string name, out IValueConverter converter) => _byName.TryGetValue(name, out converter!);
}
