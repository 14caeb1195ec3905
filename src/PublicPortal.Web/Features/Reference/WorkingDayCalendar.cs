namespace PublicPortal.Web.Features.Reference;

/// <summary>
/// Counts working days by the holiday schedule (调休 included), not by weekdays alone. A year whose schedule has not been
/// loaded (no entry at all: every real year has holidays) is counted Monday–Friday, and deadlines falling in it are
/// <see cref="IsProvisional">provisional</see> until an administrator loads that year.
/// </summary>
public sealed class WorkingDayCalendar
{
    private readonly Dictionary<DateOnly, CalendarDayKind> _exceptions;
    private readonly HashSet<int> _loadedYears;

    public WorkingDayCalendar(IEnumerable<CalendarDay> days)
    {
        _exceptions = days.ToDictionary(d => d.Date, d => d.Kind);
        _loadedYears = _exceptions.Keys.Select(d => d.Year).ToHashSet();
    }

    /// <summary>Has the State Council's schedule for this year been entered?</summary>
    public bool HasYear(int year) => _loadedYears.Contains(year);

    /// <summary>
    /// A deadline on this date was (or would be) counted without that year's 调休 schedule, so it may move by a few days
    /// once the schedule is loaded: pages label it 暂定.
    /// </summary>
    public bool IsProvisional(DateOnly deadline) => !HasYear(deadline.Year);

    public bool IsWorkingDay(DateOnly date) => _exceptions.TryGetValue(date, out var kind)
        ? kind == CalendarDayKind.MakeUpWorkday
        : date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);

    /// <summary>The date <paramref name="workingDays"/> working days after <paramref name="start"/> (start itself not counted).</summary>
    public DateOnly AddWorkingDays(DateOnly start, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);
        var date = start;
        for (var counted = 0; counted < workingDays;)
        {
            date = date.AddDays(1);
            if (IsWorkingDay(date)) counted++;
        }
        return date;
    }

    /// <summary>Working days strictly after <paramref name="from"/> up to and including <paramref name="to"/>.</summary>
    public int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        var count = 0;
        for (var d = from.AddDays(1); d <= to; d = d.AddDays(1))
            if (IsWorkingDay(d)) count++;
        return count;
    }
}
