using System.Globalization;

namespace PublicPortal.Web.Infrastructure;

/// <summary>Reads ?page= the way the register lists do: missing → 1, out of range → clamped, not a number → error.</summary>
public static class PageNumber
{
    public const string Error = "页码应为数字";

    public static bool TryRead(string? value, out int page)
    {
        page = 1;
        if (string.IsNullOrEmpty(value)) return true;
        if (!long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)) return false;
        page = (int)Math.Clamp(number, 1, int.MaxValue);
        return true;
    }
}
