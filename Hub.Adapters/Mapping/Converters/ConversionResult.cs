namespace Hub.Adapters.Mapping.Converters;

/// <summary>
/// The outcome of one conversion step: a value, no value (the source said "unknown", e.g. ISO 5218 code 0), or a
/// failure with a stable code. A failure message never contains the personal value it was given.
/// </summary>
public readonly record struct ConversionResult
{
    private ConversionResult(string? value, string? errorCode, string? errorMessage)
    {
        Value = value;
        ErrorCode = errorCode;
        ErrorMessage = errorMessage;
    }

    /// <summary>The converted value; null when absent or failed.</summary>
    public string? Value { get; }

    /// <summary>A stable code such as <c>date.invalid</c>; null unless the conversion failed.</summary>
    public string? ErrorCode { get; }

    public string? ErrorMessage { get; }

    public bool IsFailure => ErrorCode is not null;

    public bool IsAbsent => Value is null && ErrorCode is null;

    public static ConversionResult Ok(string value) => new(value ?? throw new ArgumentNullException(nameof(value)), null, null);

    public static ConversionResult Absent() => new(null, null, null);

    public static ConversionResult Fail(string code, string message) => new(null, code, message);
}
