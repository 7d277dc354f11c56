using System.Diagnostics.CodeAnalysis;
using Hub.Adapters.Abstractions;
using Hub.Adapters.Mapping;
using Hub.Adapters.Mapping.Converters;
using Hub.Adapters.Mapping.Loading;
using Hub.Adapters.Mapping.Model;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Hub.Adapters.Tests.Translation;

public class TranslationServiceCollectionExtensionsTests
{
    [Fact]
    public void AddAssertionTranslation_Defaults_ResolveTheTranslatorAndShippedProfiles()
    {
        using var services = new ServiceCollection().AddAssertionTranslation().BuildServiceProvider();

        Assert.NotNull(services.GetRequiredService<IAssertionTranslator>());
        Assert.True(services.GetRequiredService<IMappingProfileStore>().TryGet("aizu-plus-oidc-v1", out _));
        Assert.True(services.GetRequiredService<ConverterRegistry>().TryGet("japanese-date", out _));
    }

    [Fact]
    public void AddAssertionTranslation_HostRegisteredFirst_KeepsTheHostsStoreAndConverter()
    {
        var store = new EmptyStore();
        using var services = new ServiceCollection()
            .AddSingleton<IMappingProfileStore>(store)
            .AddSingleton<IValueConverter, UpperCaseConverter>()
            .AddAssertionTranslation()
            .BuildServiceProvider();

        Assert.Same(store, services.GetRequiredService<IMappingProfileStore>());
        Assert.True(services.GetRequiredService<ConverterRegistry>().TryGet("upper", out _));
    }

    [Fact]
    public void AddAssertionTranslation_MissingProfileDirectory_FailsOptionsValidation()
    {
        using var services = new ServiceCollection()
            .AddAssertionTranslation()
            .Configure<MappingProfileStoreOptions>(o => o.Directories.Add("/nonexistent/profiles"))
            .BuildServiceProvider();

        var exception = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<MappingProfileStoreOptions>>().Value);
        Assert.Contains("/nonexistent/profiles", exception.Message, StringComparison.Ordinal);
    }

    private sealed class EmptyStore : IMappingProfileStore
    {
        public bool TryGet(string name, [NotNullWhen(true)] out MappingProfile? profile)
        {
            profile = null;
            return false;
        }
    }

    private sealed class UpperCaseConverter : IValueConverter
    {
        public string Name => "upper";

        public ConversionResult Convert(string value) => ConversionResult.Ok(value.ToUpperInvariant());
    }
}
