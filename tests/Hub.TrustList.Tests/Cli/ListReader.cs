using System.Text.Json;
using Hub.TrustList.Model;
using Hub.TrustList.Serialization;

namespace Hub.TrustList.Tests.Cli;

internal static class ListReader
{
    public static TrustListDocument Read(string path)
        => JsonSerializer.Deserialize<TrustListDocument>(File.ReadAllBytes(path), TrustListJson.Options)!;
}
