using Hub.Adapters.Abstractions;
using Hub.Adapters.Assurance;
using Hub.Adapters.Identity;
using Hub.Adapters.Mapping.Converters;
using Hub.Adapters.Mapping.Engine;
using Hub.Adapters.Mapping.Loading;
using Hub.Adapters.Mapping.Model;
using Hub.TrustList.Common;
using Hub.TrustList.Model;
using Microsoft.Extensions.Logging;

namespace Hub.Adapters.Translation;

/// <summary>
/// The shared last step of every protocol adapter: check that the assertion belongs to the accredited provider
/// (and brand) of the flow, evaluate its assurance and cap it at the trust list's maximum, refuse a level below the
/// RP's requirement, and map the attributes through the provider's profile.
/// </summary>
internal sealed partial class AssertionTranslator(
    IMappingProfileStore profiles,
    IAssuranceEvaluator assurance,
    ConverterRegistry converters,
    TimeProvider timeProvider,
    ILogger<AssertionTranslator> logger) : IAssertionTranslator
{
    private readonly AttributeMapper _mapper = new(converters);

    public Result<InternalIdentity, AdapterError> Translate(
        ProviderAssertion assertion, IdentityProviderEntry provider, PendingAuthentication pending)
    {
        var refusal = CheckAccreditation(assertion, provider, pending);
        if (refusal is not null)
        {
            return Refuse(refusal, provider.Id);
        }
        if (!profiles.TryGet(provider.MappingProfile, out var profile))
        {
            return Refuse(TranslationErrors.ProfileUnknown(provider.MappingProfile), provider.Id);
        }
        if (profile.Protocol != provider.Protocol)
        {
            return Refuse(TranslationErrors.ProfileProtocolMismatch(profile.Profile), provider.Id);
        }
        var brandRefusal = CheckReportedBrand(assertion, provider, pending, profile);
        if (brandRefusal is not null)
        {
            return Refuse(brandRefusal, provider.Id);
        }

        var level = assurance.Evaluate(assertion, profile.Assurance);
        var effective = level.Asserted < provider.MaxLoa ? level.Asserted : provider.MaxLoa;
        if (effective < pending.RequiredLoa)
        {
            LogLevelNotMet(provider.Id, level.Asserted, provider.MaxLoa, pending.RequiredLoa);
            return TranslationErrors.LevelNotMet(level.Asserted, provider.MaxLoa, pending.RequiredLoa);
        }

        // Ages are computed at the authentication, but never at an instant the hub's clock has not reached.
        var now = timeProvider.GetUtcNow();
        var reference = assertion.AuthTime < now ? assertion.AuthTime : now;
        var mapped = _mapper.Map(profile, assertion.Attributes, provider.Attributes, reference);
        var warnings = level.Warnings.Concat(mapped.Warnings).ToList();
        foreach (var warning in warnings)
        {
            LogMappingWarning(provider.Id, warning.Claim, warning.SourceAttribute, warning.Code);
        }
        return Result<InternalIdentity, AdapterError>.Ok(new InternalIdentity(
            provider.Id,
            pending.BrandId,
            assertion.Subject,
            level.Asserted,
            effective,
            assertion.AuthTime,
            assertion.Amr,
            mapped.Attributes,
            warnings));
    }

    private static AdapterError? CheckAccreditation(ProviderAssertion assertion, IdentityProviderEntry provider, PendingAuthentication pending)
    {
        if (!string.Equals(assertion.ProviderId, provider.Id, StringComparison.Ordinal)
            || !string.Equals(pending.ProviderId, provider.Id, StringComparison.Ordinal))
        {
            return TranslationErrors.ProviderNotAccredited("The assertion or the flow belongs to another provider than the trust-list entry given.");
        }
        if (provider.Status != EntryStatus.Accredited)
        {
            return TranslationErrors.ProviderNotAccredited($"The provider is {provider.Status} in the current trust list.");
        }
        if (pending.BrandId is { } brandId)
        {
            var brand = provider.Brands.FirstOrDefault(b => string.Equals(b.Id, brandId, StringComparison.Ordinal));
            if (brand is null || brand.Status != EntryStatus.Accredited)
            {
                return TranslationErrors.BrandNotAccredited("The brand of the flow is unknown, suspended or withdrawn in the current trust list.");
            }
        }
        return string.IsNullOrWhiteSpace(assertion.Subject) ? TranslationErrors.SubjectMissing() : null;
    }

    /// <summary>A provider that names the brand used (profile <c>brand_attribute</c>) must name the flow's, and an accredited one.</summary>
    private static AdapterError? CheckReportedBrand(
        ProviderAssertion assertion, IdentityProviderEntry provider, PendingAuthentication pending, MappingProfile profile)
    {
        if (profile.BrandAttribute is null
            || !assertion.Attributes.TryGetValue(profile.BrandAttribute, out var reported)
            || reported.Count == 0)
        {
            return null;
        }
        var distinct = reported.Select(v => v.Trim()).Distinct(StringComparer.Ordinal).ToList();
        if (distinct.Count > 1)
        {
            return TranslationErrors.BrandMismatch();
        }
        var brand = provider.Brands.FirstOrDefault(b => string.Equals(b.Id, distinct[0], StringComparison.Ordinal));
        if (brand is not null && brand.Status != EntryStatus.Accredited)
        {
            return TranslationErrors.BrandNotAccredited("The provider reports a brand that is suspended or withdrawn in the current trust list.");
        }
        return pending.BrandId is not null && !string.Equals(pending.BrandId, distinct[0], StringComparison.Ordinal)
            ? TranslationErrors.BrandMismatch()
            : null;
    }

    private Result<InternalIdentity, AdapterError> Refuse(AdapterError error, string providerId)
    {
        LogRefused(providerId, error.Code, error.Message);
        return error;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Assertion from provider {ProviderId} refused: {Code} ({Reason})")]
    private partial void LogRefused(string providerId, string code, string reason);

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Assertion from provider {ProviderId} refused: assurance.level_not_met (asserted {Asserted}, cap {Cap}, required {Required})")]
    private partial void LogLevelNotMet(string providerId, LevelOfAssurance asserted, LevelOfAssurance cap, LevelOfAssurance required);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Mapping warning for provider {ProviderId}: claim {Claim} from {SourceAttribute} dropped ({Code})")]
    private partial void LogMappingWarning(string providerId, string claim, string sourceAttribute, string code);
}
