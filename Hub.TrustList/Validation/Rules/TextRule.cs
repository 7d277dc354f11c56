using Hub.TrustList.Model;
using Hub.TrustList.Verification;

namespace Hub.TrustList.Validation.Rules;

/// <summary>Display names and operators have both a Japanese and an English text; the issuer has a name.</summary>
internal sealed class TextRule : IRelyingPartyRule
{
    public IEnumerable<TrustListError> CheckAllButRelyingParties(TrustListDocument document)
    {
        var errors = new List<TrustListError>();
        Require(errors, document.Issuer.Name, () => "issuer.name");
        foreach (var p in document.IdentityProviders)
        {
            Require(errors, p.DisplayName, () => $"{Where.Provider(p)}.display_name");
            Require(errors, p.Operator, () => $"{Where.Provider(p)}.operator");
            foreach (var b in p.Brands)
            {
                Require(errors, b.DisplayName, () => $"{Where.Brand(p, b)}.display_name");
            }
        }
        return errors;
    }

    public void CheckRelyingParty(RelyingPartyEntry relyingParty, DateTimeOffset issuedAt, List<TrustListError> errors)
    {
        // No closure per entry: on 100,000 entries, the location is built only when there is an error.
        if (!IsComplete(relyingParty.DisplayName) || !IsComplete(relyingParty.Operator))
        {
            RequireRelyingParty(errors, relyingParty);
        }
    }

    private static void RequireRelyingParty(List<TrustListError> errors, RelyingPartyEntry r)
    {
        Require(errors, r.DisplayName, () => $"{Where.RelyingParty(r)}.display_name");
        Require(errors, r.Operator, () => $"{Where.RelyingParty(r)}.operator");
    }

    public static bool IsComplete(LocalizedText? text) => text is not null && !string.IsNullOrWhiteSpace(text.Ja) && !string.IsNullOrWhiteSpace(text.En);

    private static void Require(List<TrustListError> errors, LocalizedText? text, Func<string> where)
    {
        if (!IsComplete(text))
        {
            errors.Add(new TrustListError(TrustListErrorCodes.Text, $"{where()}: both 'ja' and 'en' texts are required."));
        }
    }
}
