using Hub.Adapters.Abstractions;
using Hub.Adapters.Assurance;
using Hub.Adapters.Mapping.Converters;
using Hub.Adapters.Mapping.Loading;
using Hub.Adapters.Translation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Hub.Adapters.Mapping;

/// <summary>Registers attribute translation: the translator, the profile store, the converters and assurance.</summary>
public static class TranslationServiceCollectionExtensions
{
    /// <summary>
    /// Adds the assertion translator with its defaults, each with TryAdd so a host can register its own first:
    /// <see cref="IMappingProfileStore"/> (files under <see cref="MappingProfileStoreOptions.Directories"/>, checked at
    /// start), the built-in <see cref="IValueConverter"/>s (add more with TryAddEnumerable), and <see cref="TimeProvider"/>.
    /// </summary>
    public static IServiceCollection AddAssertionTranslation(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddLogging();
        services.AddOptions<MappingProfileStoreOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<MappingProfileStoreOptions>, MappingProfileStoreOptionsValidator>());
        foreach (var converter in BuiltInConverters.All)
        {
            services.TryAddEnumerable(ServiceDescriptor.Singleton(typeof(IValueConverter), converter.GetType()));
        }
        services.TryAddSingleton<ConverterRegistry>();
        services.TryAddSingleton<IMappingProfileStore, FileMappingProfileStore>();
        services.TryAddSingleton<IAssuranceEvaluator, AssuranceEvaluator>();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IAssertionTranslator, AssertionTranslator>();
        return services;
    }
}
