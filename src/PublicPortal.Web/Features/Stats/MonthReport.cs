using System.Globalization;

namespace PublicPortal.Web.Features.Stats;

/// <summary>One department's figures for one month, as a 运行情况通报 lists them. Aggregates only: no case detail.</summary>
public sealed record DepartmentMonth(
    int DepartmentId, string Department, int Received, int SignedOnTime, int Closed, int ClosedOnTime, int Overdue,
    int Extensions, double? MedianWorkingDays, int Rated, int Satisfied, int Dissatisfied)
{
    /// <summary>满意 + 基本满意 over rated items; null when nothing was rated.</summary>
    public double? SatisfactionRate => Rated == 0 ? null : (double)Satisfied / Rated;
    public double? DissatisfactionRate => Rated == 0 ? null : (double)Dissatisfied / Rated;

    public bool IsEmpty => Received == 0 && Closed == 0 && Overdue == 0 && Extensions == 0 && Rated == 0;
}

/// <summary>Dissatisfaction among the items rated in one month (the trend chart).</summary>
public sealed record RatingMonth(StatsMonth Month, int Rated, int Dissatisfied)
{
    public double? DissatisfactionRate => Rated == 0 ? null : (double)Dissatisfied / Rated;
}

/// <summary>How many items were received (受理) and closed (办结) in one month: the 合计 row's first figures, for the trend.</summary>
public sealed record VolumeMonth(StatsMonth Month, int Received, int Closed);

/// <summary>The figures of one month for a set of departments, with a total row and the twelve-month trends.</summary>
public sealed record MonthReport(
    StatsMonth Month, DateOnly AsOf, bool IsPartial, IReadOnlyList<DepartmentMonth> Rows, DepartmentMonth Total,
    IReadOnlyList<RatingMonth> Trend, IReadOnlyList<VolumeMonth> Volume)
{
    public bool IsEmpty => Rows.All(r => r.IsEmpty);
}

public static class StatsFormat
{
    /// <summary>"12.5%", or "—" when there is nothing to rate.</summary>
    public static string Percent(double? rate) => rate is { } r ? (r * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%" : "—";

    /// <summary>Working days as "3" or "2.5", or "—" when nothing was closed.</summary>
    public static string Days(double? days) => days is { } d ? d.ToString("0.#", CultureInfo.InvariantCulture) : "—";

    public static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);
}
