using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using System.Text.Json.Nodes;
using Hub.TrustList.Common;

namespace Hub.TrustList.Cli;

/// <summary>Reads the files a coordinator points the CLI at: fragments, certificates, public keys.</summary>
internal static class InputFiles
{
    /// <summary>JWK members that only a private (or symmetric) key has.</summary>
    public static readonly IReadOnlySet<string> PrivateKeyMembers = new HashSet<string>(StringComparer.Ordinal)
    {
        "d", "p", "q", "dp", "dq", "qi", "oth", "k",
    };

    public static Result<byte[], CliError> ReadBytes(string path)
    {
        try
        {
            return Result<byte[], CliError>.Ok(File.ReadAllBytes(path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return CliError.Usage("file.unreadable", $"cannot read '{path}': {e.Message}");
        }
    }

    public static Result<string, CliError> ReadText(string path)
    {
        var bytes = ReadBytes(path);
        return bytes.IsSuccess
            ? Result<string, CliError>.Ok(new System.Text.UTF8Encoding(false).GetString(bytes.Value).TrimStart('\uFEFF'))
            : bytes.Error!;
    }

    /// <summary>A JSON object from a file (a fragment or a key).</summary>
    public static Result<JsonObject, CliError> ReadObject(string path, string code)
    {
        var text = ReadText(path);
        if (!text.IsSuccess)
        {
            return text.Error!;
        }
        try
        {
            return JsonNode.Parse(text.Value) is JsonObject json
                ? Result<JsonObject, CliError>.Ok(json)
                : new CliError(code, $"'{path}' does not hold a JSON object.");
        }
        catch (Exception e) when (e is JsonException or ArgumentException)
        {
            return new CliError(code, $"'{path}' is not valid JSON: {e.Message}");
        }
    }

    /// <summary>An X.509 certificate (PEM or DER) as the base64 DER string the trust list pins.</summary>
    public static Result<string, CliError> ReadCertificate(string path)
    {
        var bytes = ReadBytes(path);
        if (!bytes.IsSuccess)
        {
            return bytes.Error!;
        }
        if (System.Text.Encoding.ASCII.GetString(bytes.Value).Contains("PRIVATE KEY", StringComparison.Ordinal))
        {
            return new CliError("key.private", $"'{path}' holds a private key; pin the certificate, never the key.");
        }
        try
        {
            using var certificate = X509CertificateLoader.LoadCertificate(bytes.Value);
            return Result<string, CliError>.Ok(Convert.ToBase64String(certificate.RawData));
        }
        catch (CryptographicException e)
        {
            return new CliError("certificate.malformed", $"'{path}' is not an X.509 certificate: {e.Message}");
        }
    }

    /// <summary>
    /// Public keys from JWK or JWK Set files, as one JWK Set (several files: a rollover). A file with private key
    /// material is refused: the list pins public keys only.
    /// </summary>
    public static Result<JsonObject, CliError> ReadPublicJwks(IEnumerable<string> paths)
    {
        var keys = new JsonArray();
        foreach (var path in paths)
        {
            var json = ReadObject(path, "key.malformed");
            if (!json.IsSuccess)
            {
                return json.Error!;
            }
            var found = json.Value["keys"] is JsonArray set ? set.Select(k => k?.DeepClone()).ToList() : [json.Value.DeepClone()];
            foreach (var key in found)
            {
                if (key is not JsonObject jwk || !jwk.ContainsKey("kty"))
                {
                    return new CliError("key.malformed", $"'{path}' holds no JWK (an object with kty) or JWK Set.");
                }
                if (jwk.Any(member => PrivateKeyMembers.Contains(member.Key)))
                {
                    return new CliError("key.private", $"'{path}' holds a private key; pass its public part.");
                }
                keys.Add(jwk);
            }
        }
        return Result<JsonObject, CliError>.Ok(new JsonObject { ["keys"] = keys });
    }
}
