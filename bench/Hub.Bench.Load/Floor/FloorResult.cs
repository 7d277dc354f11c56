namespace Hub.Bench.Load.Floor;

/// <summary>The floor of one run, CPU µs per operation (one core), plus Redis round-trip wall time.</summary>
public sealed record FloorResult(
    double SamlResponseValidate,
    int SamlXmlBytes,
    double Rsa2048Verify,
    double Rs256IdTokenVerify,
    double Es256JwtVerify,
    double Rs256IdTokenSign,
    double Es256IdTokenSign,
    double RedisPipelinedOp,
    double RedisRoundTripWallUs)
{
    /// <summary>
    /// CPU µs per login of a bare ASP.NET Core process answering the hub's three requests and making its one
    /// back-channel call of an OIDC-brokered login (<see cref="Http.HttpFloor"/>); NaN when not measured.
    /// </summary>
    public double BareHttpOidcLogin { get; init; } = double.NaN;
}
