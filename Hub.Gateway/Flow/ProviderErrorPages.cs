using Hub.Adapters.Abstractions;

namespace Hub.Gateway.Flow;

/// <summary>The page a person sees for an adapter error that does not go back to the RP.</summary>
internal static class ProviderErrorPages
{
    public static FlowErrorKind For(AdapterErrorKind kind) => kind switch
    {
        AdapterErrorKind.NotAccredited => FlowErrorKind.ProviderSuspended,
        AdapterErrorKind.Unavailable => FlowErrorKind.ProviderUnavailable,
        _ => FlowErrorKind.ResponseRejected,
    };
}
