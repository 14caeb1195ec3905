namespace PublicPortal.Web.Infrastructure;

/// <summary>
/// Keywords typed by the public, one rule for the site search, the enterprise search and every list's filter: control
/// characters (a pasted newline, a NUL that PostgreSQL refuses in text) become spaces, then trimmed, empty → null, and
/// clamped so a pasted novel cannot become a query.
/// </summary>
public static class SearchKeyword
{
    public const int MaxLength = 100;

    public static string? Clamp(string? input)
    {
        if (input is null) return null;
        var keyword = string.Create(input.Length, input, (span, s) =>
        {
            for (var i = 0; i < s.Length; i++) span[i] = char.IsControl(s[i]) ? ' ' : s[i];
        }).Trim();
        if (keyword.Length == 0) return null;
        return keyword.Length > MaxLength ? keyword[..MaxLength].TrimEnd() : keyword;
    }
}
