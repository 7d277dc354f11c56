namespace Hub.TrustList.Verification;

/// <summary>Why a trust list was refused: a stable <see cref="Code"/> (see <see cref="TrustListErrorCodes"/>) and a human message.</summary>
public sealed record TrustListError(string Code, string Message)
{
    public override string ToString() => $"{Code}: {Message}";
}
