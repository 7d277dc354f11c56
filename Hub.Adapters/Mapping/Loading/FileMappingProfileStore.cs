using System.Diagnostics.CodeAnalysis;
using Hub.Adapters.Mapping.Converters;
using Hub.Adapters.Mapping.Model;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hub.Adapters.Mapping.Loading;

/// <summary>
/// Reads every <c>*.json</c> profile of the configured directories once, on first use. A profile that does not parse
/// or validate is left out and logged (and <see cref="MappingProfileStoreOptionsValidator"/> stops the host at start).
/// </summary>
public sealed partial class FileMappingProfileStore : IMappingProfileStore
{
    private readonly Lazy<IReadOnlyDictionary<string, MappingProfile>> _profiles;
    private readonly ILogger<FileMappingProfileStore> _logger;

    public FileMappingProfileStore(
        IOptions<MappingProfileStoreOptions> options, ConverterRegistry converters, ILogger<FileMappingProfileStore> logger)
    {
        _logger = logger;
        _profiles = new Lazy<IReadOnlyDictionary<string, MappingProfile>>(() => Load(options.Value.Directories, converters));
    }

    public bool TryGet(string name, [NotNullWhen(true)] out MappingProfile? profile) =>
        _profiles.Value.TryGetValue(name, out profile);

    /// <summary>Reads the profiles of <paramref name="directories"/>; every problem found is added to <paramref name="errors"/>.</summary>
    internal static Dictionary<string, MappingProfile> Read(
        IEnumerable<string> directories, ConverterRegistry converters, List<string> errors)
    {
        var profiles = new Dictionary<string, MappingProfile>(StringComparer.Ordinal);
        foreach (var directory in directories)
        {
            if (!Directory.Exists(directory))
            {
                errors.Add($"The mapping profile directory '{directory}' does not exist.");
                continue;
            }
            foreach (var file in Directory.EnumerateFiles(directory, "*.json").Order(StringComparer.Ordinal))
            {
                var profile = MappingProfileJson.Parse(File.ReadAllText(file), out var parseError);
                if (profile is null)
                {
                    errors.Add($"{file}: {parseError}");
                    continue;
                }
                var problems = MappingProfileValidator.Validate(profile, converters).ToList();
                if (profile.Profile != Path.GetFileNameWithoutExtension(file))
                {
                    problems.Add($"The profile is named '{profile.Profile}' but its file is '{Path.GetFileName(file)}'.");
                }
                if (profiles.ContainsKey(profile.Profile))
                {
                    problems.Add($"Profile '{profile.Profile}' is defined twice.");
                }
                if (problems.Count > 0)
                {
                    errors.AddRange(problems.Select(p => $"{file}: {p}"));
                    continue;
                }
                profiles.Add(profile.Profile, profile);
            }
        }
        return profiles;
    }

    private Dictionary<string, MappingProfile> Load(IEnumerable<string> directories, ConverterRegistry converters)
    {
        var errors = new List<string>();
        var profiles = Read(directories, converters, errors);
        foreach (var error in errors)
        {
            LogProfileRejected(error);
        }
        return profiles;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Mapping profile rejected: {Problem}")]
    private partial void LogProfileRejected(string problem);
}
