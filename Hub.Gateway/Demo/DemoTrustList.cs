using System.Text.Json;
using Hub.TrustList.Model;
using Hub.TrustList.Serialization;
using Hub.TrustList.Signing;

namespace Hub.Gateway.Demo;

/// <summary>
/// DEMO ONLY. A fresh copy of the committed trustlist.json, pointed at where the sandbox parts listen and signed
/// again with the demo coordinator key (sandbox/keys/coordinator.private.jwk), so the demo never runs on an expired
/// list. The hub then loads it through the normal loader, with the demo coordinator's public key as its anchor.
/// </summary>
public static class DemoTrustList
{
    public const string FileName = "trustlist.demo.json";

    public static string Write(
        string repositoryRoot,
        string stateDirectory,
        IReadOnlyDictionary<string, (Uri BaseUrl, string Identifier)> providers,
        IReadOnlyDictionary<string, Uri> relyingParties,
        TimeProvider time)
    {
        var committed = File.ReadAllBytes(Path.Combine(repositoryRoot, "trustlist.json"));
        var document = JsonSerializer.Deserialize<TrustListDocument>(committed, TrustListJson.Options)
            ?? throw new InvalidOperationException("trustlist.json is empty.");
        var rewritten = TrustListRewriter.Rewrite(document, providers, relyingParties) with { Signature = null };
        var key = SigningKey.FromJwk(File.ReadAllText(DemoKeys.Path(repositoryRoot, DemoKeys.CoordinatorPrivate)));
        var signed = DemoTrustListResigner.ResignFresh(JsonSerializer.SerializeToUtf8Bytes(rewritten, TrustListJson.Options), key, time);
        Directory.CreateDirectory(stateDirectory);
        var path = System.IO.Path.Combine(stateDirectory, FileName);
        File.WriteAllBytes(path, signed);
        return path;
    }
}
