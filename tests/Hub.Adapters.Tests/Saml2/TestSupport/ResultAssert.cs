using Hub.Adapters.Abstractions;
using Hub.TrustList.Common;

namespace Hub.Adapters.Tests.Saml2.TestSupport;

internal static class ResultAssert
{
    public static AdapterError Rejected<T>(Result<T, AdapterError> result, string expectedCode)
    {
        Assert.False(result.IsSuccess, $"Expected rejection {expectedCode}, but the result was a success.");
        Assert.Equal(expectedCode, result.Error!.Code);
        return result.Error;
    }

    public static T Success<T>(Result<T, AdapterError> result)
    {
        Assert.True(result.IsSuccess, $"Expected success, got {result.Error}");
        return result.Value;
    }
}
