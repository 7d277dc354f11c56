using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Hub.TrustList.Serialization;

/// <summary>The one set of JSON options for trust-list documents: snake_case members, UTC instants, no nulls.</summary>
public static class TrustListJson
{
    public static JsonSerializerOptions Options { get; } = Create(writeIndented: true);

    public static JsonSerializerOptions Compact { get; } = Create(writeIndented: false);

    private static JsonSerializerOptions Create(bool writeIndented)
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            WriteIndented = writeIndented,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            RespectNullableAnnotations = true,
            RespectRequiredConstructorParameters = true,
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { NullableParametersAreOptional } },
        };
        options.Converters.Add(new UtcInstantConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    /// <summary>
    /// Nulls are not written, so a nullable constructor parameter (e.g. <c>conformance</c>, <c>saml2</c> of an OIDC
    /// provider) must be allowed to be absent on reading; without this a written list could not be read back.
    /// </summary>
    private static void NullableParametersAreOptional(JsonTypeInfo typeInfo)
    {
        foreach (var property in typeInfo.Properties)
        {
            if (property.AssociatedParameter is { IsNullable: true })
            {
                property.IsRequired = false;
            }
        }
    }
}
