namespace PublicPortal.Web.Features.Reference;

/// <summary>
/// 统一社会信用代码 (GB 32100-2015): 18 characters from "0123456789ABCDEFGHJKLMNPQRTUWXY" (no I, O, S, V, Z);
/// the last is a check character computed from the first 17 with weights 3^i mod 31.
/// </summary>
public static class CreditCode
{
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    public static bool IsValid(string? code) => IsWellFormed(code) && code![17] == CheckCharacter(code.AsSpan(0, 17));

    /// <summary>18 characters of the code alphabet: a complete code, whose check character may still be wrong.</summary>
    public static bool IsWellFormed(string? code) => code is { Length: 18 } && code.All(c => Alphabet.Contains(c));

    /// <summary>Computes the check character for the first 17 characters of a code.</summary>
    public static char CheckCharacter(ReadOnlySpan<char> first17)
    {
        if (first17.Length != 17) throw new ArgumentException("需要 17 位本体代码", nameof(first17));
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            var value = Alphabet.IndexOf(first17[i]);
            if (value < 0) throw new ArgumentException($"第 {i + 1} 位字符无效", nameof(first17));
            sum += value * Weights[i];
        }
        return Alphabet[(31 - sum % 31) % 31];
    }

    /// <summary>Trims, upper-cases and converts full-width characters, so pasted codes compare equal.</summary>
    public static string Normalize(string? input) => string.Concat((input ?? "").Trim().Select(c =>
        c is >= '０' and <= '９' or >= 'Ａ' and <= 'Ｚ' or >= 'ａ' and <= 'ｚ' ? (char)(c - 0xFEE0) : c)).ToUpperInvariant();
}
