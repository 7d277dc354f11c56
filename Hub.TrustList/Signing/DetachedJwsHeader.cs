namespace Hub.TrustList.Signing;

/// <summary>A parsed detached JWS: its checked protected header (still encoded, for the signing input) and signature.</summary>
public sealed record DetachedJwsHeader(string EncodedHeader, string Algorithm, string KeyId, byte[] Signature);
