namespace Hub.Adapters.Mapping.Address;

/// <summary>Does a local government code agree with the prefecture and municipality of an address?</summary>
internal static class AddressConsistency
{
    /// <summary>
    /// The code's prefecture (its first two digits) must be the address's prefecture; a municipality the table
    /// knows must start the address's municipality (大阪市 for 大阪市北区). Unknown parts are not held against it.
    /// </summary>
    public static bool Agrees(string code, string? prefecture, string? municipality)
    {
        if (prefecture is not null && Prefectures.NameOf(code) != prefecture)
        {
            return false;
        }
        var known = LocalGovernmentTable.Find(code);
        return known?.Municipality is null || municipality is null
            || municipality.StartsWith(known.Municipality, StringComparison.Ordinal);
    }
}
