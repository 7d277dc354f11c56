using System.Diagnostics.CodeAnalysis;
using Hub.Adapters.Mapping.Model;

namespace Hub.Adapters.Mapping.Loading;

/// <summary>
/// Finds mapping profiles by the name a trust-list entry gives (<c>IdentityProviderEntry.MappingProfile</c>).
/// The default reads <c>*.json</c> files (<see cref="FileMappingProfileStore"/>); a host adds directories through
/// <see cref="MappingProfileStoreOptions"/> or registers its own store before <c>AddAssertionTranslation</c>.
/// </summary>
public interface IMappingProfileStore
{
    bool TryGet(string name, [NotNullWhen(true)] out MappingProfile? profile);
}
