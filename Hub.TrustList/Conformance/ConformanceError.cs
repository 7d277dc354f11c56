namespace Hub.TrustList.Conformance;

/// <summary>Why a candidate file or a report could not be read: a stable code and a message.</summary>
public sealed record ConformanceError(string Code, string Message)
{
    public override string ToString() => $"{Code}: {Message}";
}
