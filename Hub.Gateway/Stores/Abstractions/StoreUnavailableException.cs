namespace Hub.Gateway.Stores.Abstractions;

/// <summary>
/// The state store cannot be reached or did not answer in time. Every store operation throws this one type on an
/// infrastructure failure, never a half-done success: the gateway shows "please try again" and /readyz goes unready.
/// </summary>
public sealed class StoreUnavailableException : Exception
{
    public StoreUnavailableException()
        : base("The state store is unavailable.")
    {
    }

    public StoreUnavailableException(string message)
        : base(message)
    {
    }

    public StoreUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
