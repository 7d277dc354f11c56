using Hub.Adapters.Abstractions;
using Hub.TrustList.Model;

namespace Hub.Adapters.Translation;

/// <summary>The stable error codes of translation (docs/attributes.md, "Errors").</summary>
internal static class TranslationErrors
{
    public static AdapterError ProviderNotAccredited(string reason) =>
        new("provider.not_accredited", reason, AdapterErrorKind.NotAccredited);

    public static AdapterError BrandNotAccredited(string reason) =>
        new("brand.not_accredited", reason, AdapterErrorKind.NotAccredited);

    public static AdapterError BrandMismatch() =>
        new("brand.mismatch", "The provider reports a different brand than the one the flow was started for.");

    public static AdapterError SubjectMissing() =>
        new("assertion.subject_missing", "The assertion has no subject.");

    public static AdapterError ProfileUnknown(string profile) =>
        new("mapping.profile_unknown", $"Mapping profile '{profile}' is not loaded.");

    public static AdapterError ProfileProtocolMismatch(string profile) =>
        new("mapping.profile_protocol_mismatch", $"Mapping profile '{profile}' is for another protocol than the provider's.");

    public static AdapterError LevelNotMet(LevelOfAssurance asserted, LevelOfAssurance cap, LevelOfAssurance required) =>
        new("assurance.level_not_met",
            $"The login reached level {Min(asserted, cap)} (asserted {asserted}, provider maximum {cap}); level {required} is required.",
            AdapterErrorKind.LevelNotMet);

    private static LevelOfAssurance Min(LevelOfAssurance a, LevelOfAssurance b) => a < b ? a : b;
}
