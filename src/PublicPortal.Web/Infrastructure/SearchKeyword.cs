namespace PublicPortal.Web.Infrastructure;

/// <summary>Keywords typed by the public: trimmed, empty → null, and clamped so a pasted novel cannot become a query.</summary>
public static class SearchKeyword
{
    public const int MaxLength = 100;

    public static string? Clamp(string? input)
    {
        var keyword = input?.Trim();
        if (string.IsNullOrEmpty(keyword)) return null;
        return keyword.Length > MaxLength ? keyword[..MaxLength] : keyword;
    }
}
