using Microsoft.Extensions.DependencyInjection;

namespace Hub.Adapters.Mapping;

// TEMPORARY, delete at merge: the mapping branch defines the real TranslationServiceCollectionExtensions
// (public, in Hub.Adapters/Mapping). This no-op only lets AddHubAdapters compile until that branch lands;
// the two cannot coexist (same type name), so the build tells whoever merges to remove this file.
internal static class TranslationServiceCollectionExtensions
{
    internal static IServiceCollection AddAssertionTranslation(this IServiceCollection services) => services;
}
