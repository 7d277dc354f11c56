using System.Globalization;
using System.Text;

namespace Hub.TrustList.Canonicalization;

/// <summary>
/// Formats a double as ECMAScript's Number.prototype.toString does (ECMA-262 §7.1.12.1, "Number::toString"),
/// which RFC 8785 §3.2.2.3 adopts. The shortest round-trip digits come from .NET ("R"), the layout from the spec.
/// </summary>
public static class EcmaScriptNumber
{
    public static string Format(double value)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), "NaN and Infinity have no JSON form.");
        }
        if (value == 0)
        {
            return "0"; // also -0
        }
        var (digits, n) = ShortestDigits(Math.Abs(value));
        var k = digits.Length;
        var text = new StringBuilder(32);
        if (value < 0)
        {
            text.Append('-');
        }
        if (k <= n && n <= 21)
        {
            text.Append(digits).Append('0', n - k);
        }
        else if (0 < n && n <= 21)
        {
            text.Append(digits, 0, n).Append('.').Append(digits, n, k - n);
        }
        else if (-6 < n && n <= 0)
        {
            text.Append("0.").Append('0', -n).Append(digits);
        }
        else
        {
            var exponent = n - 1;
            text.Append(digits[0]);
            if (k > 1)
            {
                text.Append('.').Append(digits, 1, k - 1);
            }
            text.Append('e').Append(exponent < 0 ? '-' : '+').Append(Math.Abs(exponent).ToString(CultureInfo.InvariantCulture));
        }
        return text.ToString();
    }

    /// <summary>The shortest digit string s and exponent n with value = 0.s × 10^n (no leading or trailing zeros).</summary>
    private static (string Digits, int N) ShortestDigits(double positive)
    {
        var roundTrip = positive.ToString("R", CultureInfo.InvariantCulture);
        var e = roundTrip.IndexOfAny(['E', 'e']);
        var mantissa = e < 0 ? roundTrip : roundTrip[..e];
        var exponent = e < 0 ? 0 : int.Parse(roundTrip.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        var point = mantissa.IndexOf('.');
        var digits = point < 0 ? mantissa : mantissa.Remove(point, 1);
        var n = (point < 0 ? mantissa.Length : point) + exponent;
        var leading = 0;
        while (leading < digits.Length - 1 && digits[leading] == '0')
        {
            leading++;
        }
        digits = digits[leading..].TrimEnd('0');
        return (digits, n - leading);
    }
}
