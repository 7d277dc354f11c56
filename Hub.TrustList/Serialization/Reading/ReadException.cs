namespace Hub.TrustList.Serialization.Reading;

/// <summary>
/// The list does not match the schema. <see cref="Offset"/> is where, in bytes from the start of the document;
/// <see cref="JsonPathLocator"/> turns it into a path only when the error is reported, so that reading a good list
/// never tracks one.
/// </summary>
internal sealed class ReadException(long offset, string message) : Exception(message)
{
    public long Offset { get; } = offset;
}
