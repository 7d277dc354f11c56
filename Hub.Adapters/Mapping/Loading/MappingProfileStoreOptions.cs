namespace Hub.Adapters.Mapping.Loading;

/// <summary>Where <see cref="FileMappingProfileStore"/> looks for profiles.</summary>
public sealed class MappingProfileStoreOptions
{
    /// <summary>The profiles shipped with the adapters, copied next to the assembly.</summary>
    public static string BuiltInDirectory => Path.Combine(AppContext.BaseDirectory, "Mapping", "Profiles");

    /// <summary>Directories of <c>{profile}.json</c> files; a later directory may not redefine a profile name.</summary>
    public IList<string> Directories { get; } = [BuiltInDirectory];
}
