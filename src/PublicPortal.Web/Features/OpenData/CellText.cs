using System.Globalization;
using PublicPortal.Web.Infrastructure;

namespace PublicPortal.Web.Features.OpenData;

/// <summary>How a typed value is written as text: ISO dates, China-time ISO 8601 instants, invariant numbers.</summary>
public static class CellText
{
    public static string? Of(object? value) => value switch
    {
        null => null,
        string s => s,
        bool b => b ? "true" : "false",
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        // Instants are stored in UTC and read in China Standard Time (UTC+8, no daylight saving).
        DateTime t => ChinaTime.ToChinaOffset(t).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
        double n => n.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
