namespace Hub.Gateway.Stores.Abstractions;

/// <summary>
/// The outcome of redeeming an authorization code. <see cref="Data"/> is set only when <see cref="Status"/> is
/// <see cref="CodeRedemptionStatus.Redeemed"/>; <see cref="Owner"/> and <see cref="RedeemedAt"/> are set for a
/// redemption and for a detected reuse.
/// </summary>
public sealed record CodeRedemption<T>(CodeRedemptionStatus Status, T? Data, CodeOwner? Owner, DateTimeOffset? RedeemedAt)
{
    public static CodeRedemption<T> NotFound { get; } = new(CodeRedemptionStatus.NotFound, default, null, null);
}
