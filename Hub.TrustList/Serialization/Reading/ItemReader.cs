using System.Text.Json;

namespace Hub.TrustList.Serialization.Reading;

/// <summary>Reads one value whose first token is current, and leaves the reader on its last token.</summary>
internal delegate T ItemReader<out T>(ref Utf8JsonReader reader, ReadContext context);
