namespace Hub.Adapters.Mapping.Converters;

/// <summary>
/// One named, stateless conversion step of a mapping profile's <c>convert</c> chain (e.g. <c>japanese-date</c>).
/// Register more with <c>services.TryAddEnumerable(ServiceDescriptor.Singleton&lt;IValueConverter, MyConverter&gt;())</c>.
/// </summary>
public interface IValueConverter
{
    /// <summary>The name profiles use, lower-case with hyphens.</summary>
    string Name { get; }

    ConversionResult Convert(string value);
}
