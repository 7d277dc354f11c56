using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Hub.Conformance.Candidates;

/// <summary>Candidate files are read strictly: snake_case, unknown members refused, required members required.</summary>
internal static class CandidateJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            RespectNullableAnnotations = true,
            RespectRequiredConstructorParameters = true,
            AllowTrailingCommas = false,
            TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { OptionalParametersAreOptional } },
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    /// <summary>A constructor parameter with a default value may be left out of the file.</summary>
    private static void OptionalParametersAreOptional(JsonTypeInfo typeInfo)
    {
        foreach (var property in typeInfo.Properties)
        {
            if (property.AssociatedParameter is { HasDefaultValue: true } or { IsNullable: true })
            {
                property.IsRequired = false;
            }
        }
    }
}
