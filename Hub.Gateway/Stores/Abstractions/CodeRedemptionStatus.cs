namespace Hub.Gateway.Stores.Abstractions;

public enum CodeRedemptionStatus
{
    /// <summary>This caller redeemed the code; no other caller ever will.</summary>
    Redeemed,

    /// <summary>The code was redeemed before: a reuse, to be refused and reported.</summary>
    AlreadyRedeemed,

    /// <summary>The code is unknown or expired unredeemed.</summary>
    NotFound,
}
