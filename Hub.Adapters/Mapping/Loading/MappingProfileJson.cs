using System.Text.Json;
using System.Text.Json.Serialization;
using Hub.Adapters.Mapping.Model;

namespace Hub.Adapters.Mapping.Loading;

/// <summary>Reads a profile's JSON: snake_case members, unknown members refused (a typo must not pass silently).</summary>
internal static class MappingProfileJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
        RespectNullableAnnotations = true,
    };

    public static MappingProfile? Parse(string json, out string? error)
    {
        try
        {
            var profile = JsonSerializer.Deserialize<MappingProfile>(json, Options);
            error = profile is null ? "The file holds no profile." : null;
            return profile;
        }
        catch (JsonException exception)
        {
            error = exception.Message;
            return null;
        }
    }
}
