using System.Buffers;
using Hub.TrustList.Common;

namespace Hub.Gateway.OpenIdProvider.Codes;

/// <summary>
/// The form of an authorization code: 256 random bits in base64url (43 characters), nothing but a key into
/// <see cref="Stores.Abstractions.IAuthorizationCodeStore"/>. What the code stands for stays in the hub's store.
/// </summary>
internal static class CodeHandle
{
    public const int ByteCount = 32;

    public const int Length = 43;

    private static readonly SearchValues<char> Alphabet =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_");

    public static string Create(ISecureRandom random) => random.NextToken(ByteCount);

    /// <summary>True for a string that could be a handle; anything else is not looked up in the store.</summary>
    public static bool IsWellFormed(string? value)
        => value is { Length: Length } && !value.AsSpan().ContainsAnyExcept(Alphabet);
}
