using Hub.Adapters.Identity;
using Hub.Adapters.Mapping.Address;
using Hub.Adapters.Mapping.Converters;
using Hub.Adapters.Mapping.Derivation;
using Hub.Adapters.Mapping.Model;
using Hub.Adapters.Mapping.Schema;

namespace Hub.Adapters.Mapping.Engine;

/// <summary>
/// Maps a provider's attributes into the common schema with its profile: evaluate the rules of the declared claims,
/// fill name parts, assemble the address, derive ages and residence, then emit only what the trust list declares
/// (plus derived claims whose inputs are declared).
/// </summary>
internal sealed class AttributeMapper(ConverterRegistry converters)
{
    private readonly RuleEvaluator _rules = new(converters);

    /// <param name="referenceTime">The instant ages are computed at (the authentication time).</param>
    public MappingResult Map(
        MappingProfile profile,
        IReadOnlyDictionary<string, IReadOnlyList<string>> attributes,
        IEnumerable<string> declaredClaims,
        DateTimeOffset referenceTime)
    {
        var declared = new DeclaredClaims(declaredClaims);
        var values = new MappedValues();
        var warnings = new WarningCollector();
        foreach (var rule in profile.Claims)
        {
            if (declared.IsReadable(rule.Claim))
            {
                _rules.Evaluate(rule, attributes, values, warnings);
            }
        }
        var order = profile.Names.Order;
        NameAssembler.Apply(order, CommonClaims.Name, CommonClaims.FamilyName, CommonClaims.GivenName, values, declared, warnings);
        NameAssembler.Apply(order, CommonClaims.NameKana, CommonClaims.FamilyNameKana, CommonClaims.GivenNameKana, values, declared, warnings);
        AgeDerivation.Apply(values, JapanTime.DateOf(referenceTime), warnings);
        var address = AddressAssembler.Assemble(values, warnings);
        var residentOf = ResidencyDerivation.Derive(address?.LocalGovernmentCode, values, warnings);

        string? Emit(string claim) => declared.IsDeclared(claim) ? values.Get(claim) : null;
        bool? EmitAge(string claim) =>
            declared.IsDeclared(claim) || declared.IsDeclared(CommonClaims.Birthdate) ? Bool(values.Get(claim)) : null;

        var result = new CommonAttributes
        {
            Name = Emit(CommonClaims.Name),
            FamilyName = Emit(CommonClaims.FamilyName),
            GivenName = Emit(CommonClaims.GivenName),
            NameKana = Emit(CommonClaims.NameKana),
            FamilyNameKana = Emit(CommonClaims.FamilyNameKana),
            GivenNameKana = Emit(CommonClaims.GivenNameKana),
            Birthdate = Emit(CommonClaims.Birthdate) is { } birthdate
                ? DateOnly.ParseExact(birthdate, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)
                : null,
            Gender = Emit(CommonClaims.Gender),
            Address = declared.IsDeclared(CommonClaims.Address) ? address : null,
            AgeOver18 = EmitAge(CommonClaims.AgeOver18),
            AgeOver65 = EmitAge(CommonClaims.AgeOver65),
            ResidentOf = declared.IsDeclared(CommonClaims.ResidentOf) || declared.IsDeclared(CommonClaims.Address) ? residentOf : null,
            Email = Emit(CommonClaims.Email),
            EmailVerified = Bool(Emit(CommonClaims.EmailVerified)),
        };
        return new MappingResult(result, warnings.Warnings);
    }

    private static bool? Bool(string? value) => value switch
    {
        "true" => true,
        "false" => false,
        _ => null,
    };
}
