using Hub.TrustList.Model;

namespace Hub.Gateway.Tests.Discovery;

/// <summary>The committed trust list grown to <paramref name="count"/> providers: copies of Aizu+ spread over the prefectures.</summary>
internal static class LargeTrustList
{
    public static TrustListDocument Grow(TrustListDocument document, int count)
    {
        var template = document.IdentityProviders.Single(p => p.Id == "aizu-plus");
        var extra = Enumerable.Range(0, count - document.IdentityProviders.Count).Select(i =>
        {
            var prefecture = (i % 47 + 1).ToString("00", System.Globalization.CultureInfo.InvariantCulture);
            var code = prefecture + "000";
            code += Hub.TrustList.Regions.LocalGovernmentCode.CheckDigit(code).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return template with
            {
                Id = $"load-{i:0000}",
                DisplayName = new LocalizedText($"負荷試験ID {i:0000}", $"Load test ID {i:0000}"),
                Regions = [new Region(code, new LocalizedText($"地域 {prefecture}", $"Region {prefecture}"))],
                Brands = [],
            };
        });
        return document with { IdentityProviders = [.. document.IdentityProviders, .. extra] };
    }
}
