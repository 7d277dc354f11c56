using WireMock;
using WireMock.ResponseBuilders;

namespace Hub.Adapters.Tests.Oidc.Support;

/// <summary>
/// A stub that counts arrivals at once and then answers late. (WireMock logs no request whose client hung up,
/// and a blocking callback would starve the server's threads and delay the count.)
/// </summary>
internal sealed class StallingResponder(TimeSpan stall)
{
    private int _calls;

    public int Calls => Volatile.Read(ref _calls);

    public IResponseBuilder Response() => WireMock.ResponseBuilders.Response.Create().WithCallback(async _ =>
    {
        Interlocked.Increment(ref _calls);
        await Task.Delay(stall);
        return (IResponseMessage)new ResponseMessage { StatusCode = 200 };
    });
}
