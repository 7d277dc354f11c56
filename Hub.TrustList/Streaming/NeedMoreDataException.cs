namespace Hub.TrustList.Streaming;

/// <summary>
/// Thrown by a reader that reached the end of its window in the middle of a value: the walker reads more and reads
/// that value again. It happens about once per window (1 MiB), never for a document in memory.
/// </summary>
internal sealed class NeedMoreDataException : Exception
{
    public static readonly NeedMoreDataException Instance = new();

    private NeedMoreDataException()
        : base("The value continues past the window.")
    {
    }
}
