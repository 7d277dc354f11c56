namespace Hub.Adapters.Abstractions;

/// <summary>The provider's answer as it arrived at the hub's callback, without any HTTP framework type.</summary>
public sealed record ProviderCallback(
    string Method,
    Uri RequestUrl,
    IReadOnlyDictionary<string, string> Query,
    IReadOnlyDictionary<string, string> Form);
