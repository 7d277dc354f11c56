namespace Hub.Gateway.Discovery;

/// <summary>A range of three-digit postal-code prefixes (<c>590</c>-<c>599</c>) and the region it lies in.</summary>
public sealed record PostalPrefix(string From, string To, string Region)
{
    /// <summary>Whether some postal code starting with <paramref name="digits"/> (1 to 7 digits) falls in this range.</summary>
    public bool Overlaps(string digits)
    {
        var head = digits.Length > 3 ? digits[..3] : digits;
        var low = head.PadRight(3, '0');
        var high = head.PadRight(3, '9');
        return string.CompareOrdinal(From, high) <= 0 && string.CompareOrdinal(To, low) >= 0;
    }
}
