using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json.Serialization;
using System.Text.Json;
using System.Text;

namespace Hub.TrustList.Serialization.Reading;

/// <summary>
/// The JSON names of an enumeration, from its <see cref="JsonStringEnumMemberNameAttribute"/>s: the names the
/// writer uses. The reader accepts exactly these strings (no numbers, no other case).
/// </summary>
internal static class EnumNames<T>
    where T : struct, Enum
{
    private static readonly (byte[] Utf8, T Value, string Name)[] Entries = typeof(T)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f =>
        {
            var name = f.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name ?? f.Name;
            return (Encoding.UTF8.GetBytes(name), (T)f.GetValue(null)!, name);
        })
        .ToArray();

    /// <summary>The accepted names, for messages: <c>accredited, suspended, withdrawn</c>.</summary>
    public static string List { get; } = string.Join(", ", Entries.Select(e => e.Name));

    /// <summary>Matches the string at the reader (escapes allowed) against the names.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool TryMatch(ref Utf8JsonReader reader, out T value)
    {
        foreach (var entry in Entries)
        {
            if (reader.ValueTextEquals(entry.Utf8))
            {
                value = entry.Value;
                return true;
            }
        }
        value = default;
        return false;
    }

    public static string NameOf(T value)
    {
        foreach (var entry in Entries)
        {
            if (EqualityComparer<T>.Default.Equals(entry.Value, value))
            {
                return entry.Name;
            }
        }
        return value.ToString();
    }
}
