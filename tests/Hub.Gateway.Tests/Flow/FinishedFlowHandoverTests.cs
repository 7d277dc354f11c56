using Hub.Gateway.Flow;
using Hub.TrustList.Model;
using Microsoft.AspNetCore.Http;

namespace Hub.Gateway.Tests.Flow;

/// <summary>The finished flow handed from the callback to its completion: only for the flow it names, only once.</summary>
public sealed class FinishedFlowHandoverTests
{
    private static readonly FlowState Finished = new(
        "flow-1", "client", new Dictionary<string, string>(), LevelOfAssurance.B, [], [], null, [], FlowStage.Completed, DateTimeOffset.UnixEpoch);

    [Fact]
    public void Take_OfferedFlow_ReturnedOnce()
    {
        var context = new DefaultHttpContext();
        FinishedFlowHandover.Offer(context, Finished);

        var taken = FinishedFlowHandover.Take(context, "flow-1");

        Assert.Same(Finished, taken?.Flow);
        Assert.Null(taken!.UnstoredFrom);
        Assert.Null(FinishedFlowHandover.Take(context, "flow-1"));
    }

    [Fact]
    public void Take_FlowNotStoredAsDecided_CarriesTheVersionTheStoreHolds()
    {
        var context = new DefaultHttpContext();
        FinishedFlowHandover.Offer(context, Finished, unstoredFrom: 3);

        Assert.Equal(3, FinishedFlowHandover.Take(context, "flow-1")?.UnstoredFrom);
    }

    [Fact]
    public void Take_AnotherFlowId_NullAndTheOfferIsGone()
    {
        var context = new DefaultHttpContext();
        FinishedFlowHandover.Offer(context, Finished);

        Assert.Null(FinishedFlowHandover.Take(context, "flow-2"));
        Assert.Null(FinishedFlowHandover.Take(context, "flow-1"));
    }

    [Fact]
    public void Take_NothingOffered_Null() => Assert.Null(FinishedFlowHandover.Take(new DefaultHttpContext(), "flow-1"));
}
