using Hub.TrustList.Model;
using Hub.TrustList.Verification;

namespace Hub.TrustList.Validation.Rules;

/// <summary>Display names and operators have both a Japanese and an English text; the issuer has a name.</summary>
internal sealed class TextRule : ITrustListRule
{
    public IEnumerable<TrustListError> Check(TrustListDocument document)
    {
        var texts = new List<(string Where, LocalizedText? Text)> { ("issuer.name", document.Issuer.Name) };
        foreach (var p in document.IdentityProviders)
        {
            texts.Add(($"{Where.Provider(p)}.display_name", p.DisplayName));
            texts.Add(($"{Where.Provider(p)}.operator", p.Operator));
            texts.AddRange(p.Brands.Select(b => ($"{Where.Brand(p, b)}.display_name", (LocalizedText?)b.DisplayName)));
        }
        foreach (var r in document.RelyingParties)
        {
            texts.Add(($"{Where.RelyingParty(r)}.display_name", r.DisplayName));
            texts.Add(($"{Where.RelyingParty(r)}.operator", r.Operator));
        }
        return texts
            .Where(t => t.Text is null || string.IsNullOrWhiteSpace(t.Text.Ja) || string.IsNullOrWhiteSpace(t.Text.En))
            .Select(t => new TrustListError(TrustListErrorCodes.Text, $"{t.Where}: both 'ja' and 'en' texts are required."));
    }
}
