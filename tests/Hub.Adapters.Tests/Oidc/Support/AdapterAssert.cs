using Hub.Adapters.Abstractions;
using Hub.TrustList.Common;

namespace Hub.Adapters.Tests.Oidc.Support;

internal static class AdapterAssert
{
    public static AdapterError Fails<T>(Result<T, AdapterError> result, string code, AdapterErrorKind kind = AdapterErrorKind.Rejected)
    {
        Assert.False(result.IsSuccess, "expected " + code + " but the call succeeded");
        Assert.Equal(code, result.Error!.Code);
        Assert.Equal(kind, result.Error.Kind);
        return result.Error;
    }

    public static T Succeeds<T>(Result<T, AdapterError> result)
    {
        Assert.True(result.IsSuccess, result.Error?.ToString());
        return result.Value;
    }
}
