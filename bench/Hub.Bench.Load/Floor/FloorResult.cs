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
    double RedisRoundTripWallUs);
