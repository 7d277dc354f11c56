using System.Runtime.CompilerServices;
using System.Text.Json;
using Hub.TrustList.Model;
using static Hub.TrustList.Serialization.Reading.JsonValues;

namespace Hub.TrustList.Serialization.Reading;

/// <summary>
/// A pinned JWK Set, <c>{ "keys": [...] }</c>. Only public members are known: a private member (<c>d</c>, ...) is an
/// unknown member, and the verifier then names the private-key rule.
/// </summary>
internal static class PublicJwkReader
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static PublicJwkSet ReadSet(ref Utf8JsonReader reader, ReadContext context)
    {
        var start = context.StartObject(ref reader);
        PublicJwk[]? keys = null;
        while (context.NextMember(ref reader, out var name))
        {
            switch (name)
            {
                case "keys": keys = context.Array(ref reader, Read); break;
                default: throw context.UnknownMember(name);
            }
        }
        return new PublicJwkSet(Required(keys, start, "keys"));
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static PublicJwkSet? ReadOptionalSet(ref Utf8JsonReader reader, ReadContext context)
        => reader.TokenType == JsonTokenType.Null ? null : ReadSet(ref reader, context);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static PublicJwk Read(ref Utf8JsonReader reader, ReadContext context)
    {
        var start = context.StartObject(ref reader);
        string? kty = null, kid = null, use = null, alg = null, crv = null, x = null, y = null, n = null, e = null;
        string[]? x5c = null;
        while (context.NextMember(ref reader, out var name))
        {
            switch (name)
            {
                case "kty": kty = context.Pooled(ref reader); break;
                case "kid": kid = OptionalString(ref reader); break;
                case "use": use = Optional(ref reader, context); break;
                case "alg": alg = Optional(ref reader, context); break;
                case "crv": crv = Optional(ref reader, context); break;
                case "x": x = OptionalString(ref reader); break;
                case "y": y = OptionalString(ref reader); break;
                case "n": n = OptionalString(ref reader); break;
                case "e": e = Optional(ref reader, context); break;
                case "x5c": x5c = reader.TokenType == JsonTokenType.Null ? null : StringListReader.Read(ref reader, context); break;
                default: throw context.UnknownMember(name);
            }
        }
        return new PublicJwk { Kty = Required(kty, start, "kty"), Kid = kid, Use = use, Alg = alg, Crv = crv, X = x, Y = y, N = n, E = e, X5c = x5c };
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static string? Optional(ref Utf8JsonReader reader, ReadContext context)
        => reader.TokenType == JsonTokenType.Null ? null : context.Pooled(ref reader);
}
