namespace Hub.TrustList.Common;

/// <summary>A value or a typed error. Rejections are results with stable codes, not exceptions.</summary>
public readonly struct Result<TValue, TError>
    where TError : class
{
    private readonly TValue? _value;

    private Result(TValue? value, TError? error)
    {
        _value = value;
        Error = error;
    }

    public TError? Error { get; }

    public bool IsSuccess => Error is null;

    public TValue Value => IsSuccess ? _value! : throw new InvalidOperationException("The result is an error: " + Error);

    public static Result<TValue, TError> Ok(TValue value) => new(value, null);

    public static Result<TValue, TError> Fail(TError error) => new(default, error ?? throw new ArgumentNullException(nameof(error)));

    public static implicit operator Result<TValue, TError>(TError error) => Fail(error);
}
