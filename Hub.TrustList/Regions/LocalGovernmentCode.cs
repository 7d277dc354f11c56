namespace Hub.TrustList.Regions;

/// <summary>
/// The 6-digit local government code (全国地方公共団体コード): 2 digits of prefecture, 3 of municipality and a check
/// digit. The check digit is the ones digit of 11 minus (the weighted sum of the five digits, weights 6,5,4,3,2,
/// modulo 11). Examples: 102016 Maebashi, 271403 Sakai, 072028 Aizuwakamatsu, 270008 Osaka Prefecture.
/// </summary>
public static class LocalGovernmentCode
{
    private static readonly int[] Weights = [6, 5, 4, 3, 2];

    public static bool IsValid(string? code)
    {
        if (code is null || code.Length != 6)
        {
            return false;
        }
        foreach (var c in code)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }
        var prefecture = (code[0] - '0') * 10 + (code[1] - '0');
        return prefecture is >= 1 and <= 47 && code[5] - '0' == CheckDigit(code.AsSpan(0, 5));
    }

    /// <summary>The check digit for a 5-digit code.</summary>
    public static int CheckDigit(ReadOnlySpan<char> fiveDigits)
    {
        if (fiveDigits.Length != 5)
        {
            throw new ArgumentException("A local government code has five digits before its check digit.", nameof(fiveDigits));
        }
        var sum = 0;
        for (var i = 0; i < 5; i++)
        {
            sum += (fiveDigits[i] - '0') * Weights[i];
        }
        return (11 - sum % 11) % 10;
    }

    /// <summary>The 2-digit prefecture part (01 Hokkaido ... 47 Okinawa).</summary>
    public static string PrefectureOf(string code) => code[..2];

    /// <summary>True for a prefecture's own code (municipality part 000), e.g. 270008.</summary>
    public static bool IsPrefecture(string code) => code.AsSpan(2, 3).SequenceEqual("000");
}
