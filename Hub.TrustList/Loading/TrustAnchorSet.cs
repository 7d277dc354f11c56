using Hub.TrustList.Signing;

namespace Hub.TrustList.Loading;

/// <summary>Reads the configured anchors (files and inline JWKs). Throws <see cref="FormatException"/> naming the bad one.</summary>
internal static class TrustAnchorSet
{
    public static IReadOnlyList<TrustAnchor> Resolve(TrustListLoaderOptions options)
    {
        var anchors = new List<TrustAnchor>();
        foreach (var path in options.AnchorFiles)
        {
            string json;
            try
            {
                json = File.ReadAllText(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new FormatException($"The trust anchor file '{path}' cannot be read: {e.Message}", e);
            }
            anchors.Add(Read(json, $"the trust anchor file '{path}'"));
        }
        for (var i = 0; i < options.AnchorJwks.Count; i++)
        {
            anchors.Add(Read(options.AnchorJwks[i], $"AnchorJwks[{i}]"));
        }
        return anchors;
    }

    private static TrustAnchor Read(string json, string what)
    {
        try
        {
            return TrustAnchor.FromJwk(json);
        }
        catch (FormatException e)
        {
            throw new FormatException($"{what} is not a usable public JWK: {e.Message}", e);
        }
    }
}
