using Hub.TrustList.Model;
using Hub.TrustList.Verification;
using static Hub.TrustList.Verification.TrustListErrorCodes;

namespace Hub.TrustList.Validation.Rules;

/// <summary>
/// Every enumerated value is one the schema names. Unknown strings already fail deserialization; this catches
/// numbers, which System.Text.Json's enum converter would otherwise let through.
/// </summary>
internal sealed class EnumValueRule : IRelyingPartyRule
{
    public IEnumerable<TrustListError> CheckAllButRelyingParties(TrustListDocument document)
    {
        var errors = new List<TrustListError>();
        foreach (var p in document.IdentityProviders)
        {
            var where = Where.Provider(p);
            Require(errors, where, "protocol", p.Protocol);
            Require(errors, where, "max_loa", p.MaxLoa);
            Statuses(errors, where, p.StatusHistory);
            foreach (var b in p.Brands)
            {
                Statuses(errors, Where.Brand(p, b), b.StatusHistory);
            }
        }
        return errors;
    }

    public void CheckRelyingParty(RelyingPartyEntry relyingParty, DateTimeOffset issuedAt, List<TrustListError> errors)
    {
        var r = relyingParty;
        if (!Enum.IsDefined(r.Kind) || !Enum.IsDefined(r.MinLoa) || !Enum.IsDefined(r.ClientAuthentication.Method))
        {
            var where = Where.RelyingParty(r);
            Require(errors, where, "kind", r.Kind);
            Require(errors, where, "min_loa", r.MinLoa);
            Require(errors, where, "client_authentication.method", r.ClientAuthentication.Method);
        }
        Statuses(errors, null, r.StatusHistory, r);
    }

    private static void Statuses(List<TrustListError> errors, string? where, IReadOnlyList<StatusChange> history, RelyingPartyEntry? owner = null)
    {
        for (var i = 0; i < history.Count; i++)
        {
            if (!Enum.IsDefined(history[i].Status))
            {
                Require(errors, where ?? Where.RelyingParty(owner!), $"status_history[{i}].status", history[i].Status);
            }
        }
    }

    private static void Require<T>(List<TrustListError> errors, string where, string member, T value) where T : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            errors.Add(new(Schema, $"{where}.{member}: '{value}' is not one of {string.Join(", ", Enum.GetNames<T>())}."));
        }
    }
}
