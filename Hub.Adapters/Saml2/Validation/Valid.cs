namespace Hub.Adapters.Saml2.Validation;

/// <summary>
/// A value that passed every validation step. Only the validator creates one, so code that takes a
/// <see cref="Valid{T}"/> cannot be handed unvalidated input.
/// </summary>
internal sealed class Valid<T>
    where T : class
{
    internal Valid(T value) => Value = value;

    public T Value { get; }
}
