using Microsoft.EntityFrameworkCore;
using PublicPortal.Web.Data;
using PublicPortal.Web.Features.Reference;
using PublicPortal.Web.Features.Tips;
using PublicPortal.Web.Infrastructure;

namespace PublicPortal.Web.Features.Stats;

/// <summary>
/// The monthly figures of 运行情况通报, per department, from the tip-off assignments. Counting rules:
/// <list type="bullet">
/// <item>受理: assignments dispatched to the department in the month (returned and transferred ones included: they were received).</item>
/// <item>按时签收: of those, signed by the end of <see cref="TipAssignment.SignDueOn"/> (China time).</item>
/// <item>办结 / 按期办结: the department's share (not returned or transferred) of tip-offs closed in the month, and of those
/// the ones closed by the end of the assignment's <see cref="TipAssignment.CloseDueOn"/> (after any approved extension).</item>
/// <item>超期: still open at the end of the month (or now, for the month in progress) with the deadline passed, plus those
/// closed late in the month. An item left open counts in every month it stays overdue, as bulletins report it.</item>
/// <item>延期: extension requests of the department approved in the month.</item>
/// <item>办理时长: median working days from dispatch to close over the items closed in the month.</item>
/// <item>满意率 / 不满意率: ratings given in the month, attributed to the lead (主办) department.</item>
/// </list>
/// Counts are grouped in the database. Deadline comparisons are not: they set a UTC instant against a China calendar
/// date, which EF cannot translate alike on SQLite, PostgreSQL and SQL Server, so those (and the working-day median)
/// run in memory over the month's own rows — dispatched or closed in that month, never the whole table.
/// </summary>
public class TipStatistics(PortalDbContext db, CalendarProvider calendars, TimeProvider clock)
{
    public const int TrendMonths = 12;

    /// <param name="departments">The departments to report on; null for all.</param>
    /// <param name="includeIdle">List every department of <paramref name="departments"/>, even with nothing to report.</param>
    public async Task<MonthReport> ForMonthAsync(
        StatsMonth month, IReadOnlyCollection<int>? departments, bool includeIdle, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var today = calendars.Today;
        var (start, end) = (month.StartUtc, month.EndUtc);
        // "At month end" — or now, for the month in progress.
        var cutoffUtc = end < now ? end : now;
        var cutoffDate = month.Next.FirstDay < today ? month.Next.FirstDay : today;

        var ids = departments?.ToArray();
        var assignments = db.TipAssignments.AsNoTracking();
        if (ids is not null) assignments = assignments.Where(a => ids.Contains(a.DepartmentId));
        var handled = from a in assignments
                      join t in db.Tips on a.TipId equals t.Id
                      where a.State != AssignmentState.Returned && a.State != AssignmentState.Transferred && t.Status != TipStatus.Merged
                      select new { a, t };

        var received = await assignments.Where(a => a.AssignedAt >= start && a.AssignedAt < end)
            .GroupBy(a => a.DepartmentId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, ct);

        var signings = await assignments.Where(a => a.AssignedAt >= start && a.AssignedAt < end && a.SignedAt != null)
            .Select(a => new { a.DepartmentId, a.SignDueOn, SignedAt = a.SignedAt!.Value }).ToListAsync(ct);
        var signedOnTime = signings.Where(s => ChinaDate(s.SignedAt) <= s.SignDueOn).CountBy(s => s.DepartmentId).ToDictionary();

        var closings = await handled.Where(x => x.t.ClosedAt >= start && x.t.ClosedAt < end)
            .Select(x => new { x.a.DepartmentId, x.a.AssignedAt, x.a.CloseDueOn, ClosedAt = x.t.ClosedAt!.Value }).ToListAsync(ct);

        var openOverdue = new Dictionary<int, int>();
        if (cutoffUtc > start)
            openOverdue = await handled
                .Where(x => x.a.AssignedAt < cutoffUtc && x.a.CloseDueOn < cutoffDate && (x.t.ClosedAt == null || x.t.ClosedAt >= cutoffUtc)
                    && !(x.a.State == AssignmentState.Done && x.a.EndedAt < cutoffUtc))
                .GroupBy(x => x.a.DepartmentId).Select(g => new { g.Key, Count = g.Count() })
                .ToDictionaryAsync(g => g.Key, g => g.Count, ct);

        var extensionQuery = db.ExtensionRequests.AsNoTracking()
            .Where(e => e.State == ExtensionState.Approved && e.DecidedAt >= start && e.DecidedAt < end);
        if (ids is not null) extensionQuery = extensionQuery.Where(e => ids.Contains(e.DepartmentId));
        var extensions = await extensionQuery.GroupBy(e => e.DepartmentId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, ct);

        var shares = handled.Select(x =>
            new RatedShare { DepartmentId = x.a.DepartmentId, Role = x.a.Role, Rating = x.t.Rating, RatedAt = x.t.RatedAt });
        var ratings = await Rated(shares, start, end)
            .GroupBy(x => new { x.DepartmentId, x.Rating }).Select(g => new { g.Key.DepartmentId, g.Key.Rating, Count = g.Count() })
            .ToListAsync(ct);

        var calendar = await calendars.GetAsync(ct);
        var keys = received.Keys.Concat(signedOnTime.Keys).Concat(closings.Select(c => c.DepartmentId)).Concat(openOverdue.Keys)
            .Concat(extensions.Keys).Concat(ratings.Select(r => r.DepartmentId));
        if (includeIdle && ids is not null) keys = keys.Concat(ids);
        var wanted = keys.Distinct().ToArray();
        var named = await db.Departments.AsNoTracking().Where(d => wanted.Contains(d.Id))
            .OrderBy(d => d.Jurisdiction.Code).ThenBy(d => d.Kind).ThenBy(d => d.Code)
            .Select(d => new { d.Id, d.Name }).ToListAsync(ct);

        var rows = named.Select(d =>
        {
            var closed = closings.Where(c => c.DepartmentId == d.Id).ToList();
            var onTime = closed.Count(c => ChinaDate(c.ClosedAt) <= c.CloseDueOn);
            var mine = ratings.Where(r => r.DepartmentId == d.Id).ToList();
            return new DepartmentMonth(d.Id, d.Name,
                Received: received.GetValueOrDefault(d.Id),
                SignedOnTime: signedOnTime.GetValueOrDefault(d.Id),
                Closed: closed.Count,
                ClosedOnTime: onTime,
                Overdue: openOverdue.GetValueOrDefault(d.Id) + closed.Count - onTime,
                Extensions: extensions.GetValueOrDefault(d.Id),
                MedianWorkingDays: Median(closed.Select(c => HandlingDays(calendar, c.AssignedAt, c.ClosedAt))),
                Rated: mine.Sum(r => r.Count),
                Satisfied: mine.Where(r => r.Rating is Satisfaction.Satisfied or Satisfaction.BasicallySatisfied).Sum(r => r.Count),
                Dissatisfied: mine.Where(r => r.Rating == Satisfaction.Dissatisfied).Sum(r => r.Count));
        }).ToList();

        var total = new DepartmentMonth(0, "合计",
            rows.Sum(r => r.Received), rows.Sum(r => r.SignedOnTime), rows.Sum(r => r.Closed), rows.Sum(r => r.ClosedOnTime),
            rows.Sum(r => r.Overdue), rows.Sum(r => r.Extensions),
            Median(closings.Select(c => HandlingDays(calendar, c.AssignedAt, c.ClosedAt))),
            rows.Sum(r => r.Rated), rows.Sum(r => r.Satisfied), rows.Sum(r => r.Dissatisfied));

        var trend = new List<RatingMonth>();
        for (var m = FromOffset(month, -(TrendMonths - 1)); m <= month; m = m.Next)
        {
            var counts = await Rated(shares, m.StartUtc, m.EndUtc).GroupBy(x => x.Rating)
                .Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
            trend.Add(new RatingMonth(m, counts.Sum(c => c.Count),
                counts.Where(c => c.Key == Satisfaction.Dissatisfied).Sum(c => c.Count)));
        }

        // 受理 and 办结 of the twelve months, counted as the table's 合计 row counts them; grouped by China month in memory.
        var first = FromOffset(month, -(TrendMonths - 1));
        var assigned = await assignments.Where(a => a.AssignedAt >= first.StartUtc && a.AssignedAt < end)
            .Select(a => a.AssignedAt).ToListAsync(ct);
        var closedAt = await handled.Where(x => x.t.ClosedAt >= first.StartUtc && x.t.ClosedAt < end)
            .Select(x => x.t.ClosedAt!.Value).ToListAsync(ct);
        var volume = new List<VolumeMonth>();
        for (var m = first; m <= month; m = m.Next)
            volume.Add(new VolumeMonth(m,
                assigned.Count(a => a >= m.StartUtc && a < m.EndUtc), closedAt.Count(c => c >= m.StartUtc && c < m.EndUtc)));

        return new MonthReport(month, month.LastDay < today ? month.LastDay : today, end > now, rows, total, trend, volume);
    }

    /// <summary>
    /// The latest month before <paramref name="current"/> in which something happened (dispatched, closed, rated,
    /// extended), or null: where the page opens when the current month has nothing to report yet, so that early in a
    /// month it does not read "no data" while last month's figures exist.
    /// </summary>
    public async Task<StatsMonth?> LatestEarlierMonthWithDataAsync(
        StatsMonth current, IReadOnlyCollection<int>? departments, CancellationToken ct)
    {
        var ids = departments?.ToArray();
        var now = clock.GetUtcNow().UtcDateTime;
        var assignments = db.TipAssignments.AsNoTracking().Where(a => ids == null || ids.Contains(a.DepartmentId));
        var assigned = await assignments.Where(a => a.AssignedAt <= now).MaxAsync(a => (DateTime?)a.AssignedAt, ct);
        var closed = await assignments.Where(a => a.EndedAt <= now && a.State == AssignmentState.Done).MaxAsync(a => a.EndedAt, ct);
        var rated = await db.Tips.AsNoTracking()
            .Where(t => t.RatedAt <= now && t.Assignments.Any(a => ids == null || ids.Contains(a.DepartmentId)))
            .MaxAsync(t => t.RatedAt, ct);
        var extended = await db.ExtensionRequests.AsNoTracking()
            .Where(e => e.DecidedAt <= now && (ids == null || ids.Contains(e.DepartmentId)))
            .MaxAsync(e => e.DecidedAt, ct);
        var latest = new[] { assigned, closed, rated, extended }.Max();
        return latest is { } at && StatsMonth.FromDate(ChinaDate(at)) < current ? StatsMonth.FromDate(ChinaDate(at)) : null;
    }

    // Member-initialised (not positional) so that EF can keep filtering and grouping on it in SQL.
    private sealed class RatedShare
    {
        public int DepartmentId { get; init; }
        public ResponsibilityRole Role { get; init; }
        public Satisfaction? Rating { get; init; }
        public DateTime? RatedAt { get; init; }
    }

    private static IQueryable<RatedShare> Rated(IQueryable<RatedShare> shares, DateTime start, DateTime end) =>
        shares.Where(x => x.Role == ResponsibilityRole.Lead && x.Rating != null && x.RatedAt >= start && x.RatedAt < end);

    private static StatsMonth FromOffset(StatsMonth month, int months) => StatsMonth.FromDate(month.FirstDay.AddMonths(months));

    private static DateOnly ChinaDate(DateTime utc) => ChinaTime.DateInChina(utc);

    /// <summary>Working days from the day of dispatch to the day of closing (both in China); the same day is 0.</summary>
    public static int HandlingDays(WorkingDayCalendar calendar, DateTime assignedAt, DateTime closedAt) =>
        calendar.WorkingDaysBetween(ChinaDate(assignedAt), ChinaDate(closedAt));

    public static double? Median(IEnumerable<int> values)
    {
        var sorted = values.Order().ToList();
        if (sorted.Count == 0) return null;
        var mid = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2.0;
    }
}
