using System.Security.Cryptography;
using System.Text.Json;
using Hub.TrustList.Common;
using Hub.TrustList.Signing;

namespace Hub.TrustList.Cli;

/// <summary>Loads the coordinator's keys (JWK files) for signing and verifying, as results rather than exceptions.</summary>
internal static class KeyFiles
{
    public static Result<SigningKey, CliError> LoadSigningKey(string path) =>
        Load(path, "key.invalid", "a private signing key", SigningKey.FromJwk);

    public static Result<TrustAnchor, CliError> LoadAnchor(string path)
    {
        var text = InputFiles.ReadObject(path, "key.malformed");
        if (text.IsSuccess && text.Value.Any(member => InputFiles.PrivateKeyMembers.Contains(member.Key)))
        {
            return CliError.Usage("key.private", $"'{path}' holds a private key; a trust anchor is the public key.");
        }
        return Load(path, "key.invalid", "a public trust anchor", TrustAnchor.FromJwk);
    }

    private static Result<T, CliError> Load<T>(string path, string code, string what, Func<string, T> parse)
    {
        var text = InputFiles.ReadText(path);
        if (!text.IsSuccess)
        {
            return text.Error!;
        }
        try
        {
            return Result<T, CliError>.Ok(parse(text.Value));
        }
        catch (Exception e) when (e is ArgumentException or FormatException or JsonException or CryptographicException
                                       or InvalidOperationException or NotSupportedException or KeyNotFoundException)
        {
            return new CliError(code, $"'{path}' is not {what}: {e.Message}");
        }
    }
}
