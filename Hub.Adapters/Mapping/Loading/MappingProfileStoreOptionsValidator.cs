using Hub.Adapters.Mapping.Converters;
using Microsoft.Extensions.Options;

namespace Hub.Adapters.Mapping.Loading;

/// <summary>Fails the host at start if a profile directory is missing or a profile in it is broken.</summary>
internal sealed class MappingProfileStoreOptionsValidator(ConverterRegistry converters) : IValidateOptions<MappingProfileStoreOptions>
{
    public ValidateOptionsResult Validate(string? name, MappingProfileStoreOptions options)
    {
        var errors = new List<string>();
        FileMappingProfileStore.Read(options.Directories, converters, errors);
        return errors.Count == 0
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(errors.Select(e => "Mapping profiles: " + e + " Fix the file or MappingProfileStoreOptions.Directories."));
    }
}
