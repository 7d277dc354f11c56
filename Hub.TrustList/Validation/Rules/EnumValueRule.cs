using Hub.TrustList.Model;
using Hub.TrustList.Verification;
using static Hub.TrustList.Verification.TrustListErrorCodes;

namespace Hub.TrustList.Validation.Rules;

/// <summary>
/// Every enumerated value is one the schema names. Unknown strings already fail deserialization; this catches
/// numbers, which System.Text.Json's enum converter would otherwise let through.
/// </summary>
internal sealed class EnumValueRule : ITrustListRule
{
    public IEnumerable<TrustListError> Check(TrustListDocument document)
    {
        foreach (var p in document.IdentityProviders)
        {
            var where = Where.Provider(p);
            if (!Enum.IsDefined(p.Protocol)) yield return Unknown(where, "protocol", p.Protocol);
            if (!Enum.IsDefined(p.MaxLoa)) yield return Unknown(where, "max_loa", p.MaxLoa);
            foreach (var e in Statuses(where, p.StatusHistory)) yield return e;
            foreach (var b in p.Brands)
            {
                foreach (var e in Statuses(Where.Brand(p, b), b.StatusHistory)) yield return e;
            }
        }
        foreach (var r in document.RelyingParties)
        {
            var where = Where.RelyingParty(r);
            if (!Enum.IsDefined(r.Kind)) yield return Unknown(where, "kind", r.Kind);
            if (!Enum.IsDefined(r.MinLoa)) yield return Unknown(where, "min_loa", r.MinLoa);
            if (!Enum.IsDefined(r.ClientAuthentication.Method)) yield return Unknown(where, "client_authentication.method", r.ClientAuthentication.Method);
            foreach (var e in Statuses(where, r.StatusHistory)) yield return e;
        }
    }

    private static IEnumerable<TrustListError> Statuses(string where, IReadOnlyList<StatusChange> history)
        => history.Where(s => !Enum.IsDefined(s.Status)).Select(s => Unknown(where, "status_history.status", s.Status));

    private static TrustListError Unknown<T>(string where, string member, T value) where T : struct, Enum
        => new(Schema, $"{where}.{member}: '{value}' is not one of {string.Join(", ", Enum.GetNames<T>())}.");
}
