using System.Security.Cryptography;
using PublicPortal.Web.Infrastructure;

namespace PublicPortal.Web.Features.Tips.Intake;

/// <summary>
/// The secret 查询码 and the 受理编号. The query code has ~50 bits of randomness, is shown once, and is stored only as a
/// salted PBKDF2 hash, so neither a database reader nor a log can use it to open the tipster's follow-up page.
/// </summary>
public static class QueryCodes
{
    // No 0/O, 1/I/L: the code is read off paper and typed on phones.
    private const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    private const int Iterations = 100_000;

    public static string NewQueryCode()
    {
        Span<char> code = stackalloc char[10];
        for (var i = 0; i < code.Length; i++) code[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        return new string(code);
    }

    /// <summary>受理编号: JB + date (China time) + 8 random digits, e.g. JB2026112104718265.</summary>
    public static string NewTrackingNumber(DateTime utcNow) =>
        $"JB{ChinaTime.Format(utcNow, "yyyyMMdd")}{RandomNumberGenerator.GetInt32(100_000_000):D8}";

    public static string Normalize(string? code) =>
        new((code ?? "").Trim().ToUpperInvariant().Where(c => !char.IsWhiteSpace(c) && c != '-').ToArray());

    public static string Hash(string code)
    {
        var salt = RandomNumberGenerator.GetBytes(16);
        var hash = Rfc2898DeriveBytes.Pbkdf2(Normalize(code), salt, Iterations, HashAlgorithmName.SHA256, 32);
        return $"{Convert.ToBase64String(salt)}.{Convert.ToBase64String(hash)}";
    }

    public static bool Verify(string code, string stored)
    {
        var parts = stored.Split('.');
        if (parts.Length != 2) return false;
        var expected = Convert.FromBase64String(parts[1]);
        var actual = Rfc2898DeriveBytes.Pbkdf2(
            Normalize(code), Convert.FromBase64String(parts[0]), Iterations, HashAlgorithmName.SHA256, expected.Length);
        return CryptographicOperations.FixedTimeEquals(actual, expected);
    }
}
