using System.Globalization;
using System.Text.RegularExpressions;
using PublicPortal.Web.Infrastructure;

namespace PublicPortal.Web.Features.Stats;

/// <summary>A calendar month in China Standard Time, as written in the query string: "2026-10".</summary>
public readonly partial record struct StatsMonth(int Year, int Month) : IComparable<StatsMonth>
{
    public const string Error = "月份格式不正确，请按“年-月”填写，例如 2026-10。";

    public DateOnly FirstDay => new(Year, Month, 1);
    public DateOnly LastDay => FirstDay.AddMonths(1).AddDays(-1);
    /// <summary>Midnight at the start of the month in China, as a UTC instant (how instants are stored).</summary>
    public DateTime StartUtc => ChinaTime.StartOfDayUtc(FirstDay);
    public DateTime EndUtc => Next.StartUtc;
    public StatsMonth Next => FromDate(FirstDay.AddMonths(1));
    public StatsMonth Previous => FromDate(FirstDay.AddMonths(-1));

    public static StatsMonth FromDate(DateOnly date) => new(date.Year, date.Month);

    /// <summary>Strict "yyyy-MM" between 2000 and 2099; anything else is a malformed request.</summary>
    public static bool TryParse(string? value, out StatsMonth month)
    {
        month = default;
        if (value is null || !Pattern().IsMatch(value)) return false;
        var year = int.Parse(value[..4], CultureInfo.InvariantCulture);
        var number = int.Parse(value[5..], CultureInfo.InvariantCulture);
        if (number is < 1 or > 12) return false;
        month = new StatsMonth(year, number);
        return true;
    }

    public int CompareTo(StatsMonth other) => (Year * 12 + Month).CompareTo(other.Year * 12 + other.Month);
    public static bool operator <(StatsMonth a, StatsMonth b) => a.CompareTo(b) < 0;
    public static bool operator >(StatsMonth a, StatsMonth b) => a.CompareTo(b) > 0;
    public static bool operator <=(StatsMonth a, StatsMonth b) => a.CompareTo(b) <= 0;
    public static bool operator >=(StatsMonth a, StatsMonth b) => a.CompareTo(b) >= 0;

    /// <summary>"2026-10", the query-string form.</summary>
    public override string ToString() => $"{Year:D4}-{Month:D2}";
    /// <summary>"2026年10月".</summary>
    public string Cn => $"{Year}年{Month}月";

    [GeneratedRegex(@"^20\d{2}-\d{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
