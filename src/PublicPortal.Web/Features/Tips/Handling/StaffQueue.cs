using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PublicPortal.Web.Data;
using PublicPortal.Web.Features.Reference;

namespace PublicPortal.Web.Features.Tips.Handling;

/// <summary>
/// 待办队列: the active assignments of the person's department (or, for a coordination office asking for it, of every
/// department it oversees), nearest deadline first, filtered and paged in the database. The deadline of an item is its
/// 签收 deadline until signed, then its 办结 deadline.
/// </summary>
public class StaffQueue(PortalDbContext db, TipDuplicates duplicates, CalendarProvider calendars, IOptions<TipOptions> options)
{
    public sealed record Filter(TipStatus? Status, TipCategory? Category, int? PlaceId, bool OverdueOnly, bool WholeJurisdiction, int Page);

    public sealed record Row(
        int TipId, string TrackingNumber, TipCategory Category, string Place, string EnterpriseName, TipStatus Status,
        string Department, ResponsibilityRole Role, AssignmentState State, DateOnly DueOn, bool IsSupervised, bool HasPendingExtension,
        bool WasReturned, bool Overdue, bool DueSoon, IReadOnlyList<TipDuplicates.Match> Duplicates);

    public sealed record Result(IReadOnlyList<Row> Rows, int Total, int Page, int TotalPages,
        IReadOnlyDictionary<TipStatus, int> CountsByStatus, int OverdueCount, int DueSoonCount);

    public sealed record FollowUpRow(int TipId, string TrackingNumber, string EnterpriseName, string Place, DateTime? RatedAt);

    public async Task<Result> LoadAsync(TipActor actor, Filter filter, CancellationToken ct)
    {
        var today = calendars.Today;
        var soon = (await calendars.GetAsync(ct)).AddWorkingDays(today, options.Value.DueSoonWorkingDays);
        var departments = (filter.WholeJurisdiction && actor.IsOffice ? actor.Visible
            : actor.DepartmentId is { } own ? new HashSet<int> { own } : []).ToList();

        var items = db.Tips.AsNoTracking()
            .SelectMany(t => t.Assignments.Where(a => a.IsActive && departments.Contains(a.DepartmentId)), (t, a) => new
            {
                Tip = t, Assignment = a, DueOn = a.State == AssignmentState.Pending ? a.SignDueOn : a.CloseDueOn,
            });
        if (filter.Category is { } category) items = items.Where(x => x.Tip.Category == category);
        if (filter.PlaceId is { } place) items = items.Where(x => x.Tip.JurisdictionId == place || x.Tip.CityId == place);

        var counts = await items.GroupBy(x => x.Tip.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var overdueCount = await items.CountAsync(x => x.DueOn < today, ct);
        var dueSoonCount = await items.CountAsync(x => x.DueOn >= today && x.DueOn <= soon, ct);

        if (filter.Status is { } status) items = items.Where(x => x.Tip.Status == status);
        if (filter.OverdueOnly) items = items.Where(x => x.DueOn < today);
        var total = await items.CountAsync(ct);
        var size = options.Value.QueuePageSize;
        var pages = Math.Max(1, (total + size - 1) / size);
        var page = Math.Clamp(filter.Page, 1, pages);
        var rows = await items.OrderBy(x => x.DueOn).ThenByDescending(x => x.Tip.IsSupervised).ThenBy(x => x.Tip.Id)
            .Skip((page - 1) * size).Take(size)
            .Select(x => new
            {
                x.Tip.Id, x.Tip.TrackingNumber, x.Tip.Category, Place = x.Tip.Jurisdiction.Name, x.Tip.EnterpriseName, x.Tip.CreditCode,
                x.Tip.Status, x.Tip.SubmittedAt, Department = x.Assignment.Department.Name, x.Assignment.Role, x.Assignment.State, x.DueOn,
                x.Tip.IsSupervised,
                Extension = db.ExtensionRequests.Any(e => e.TipId == x.Tip.Id && e.DepartmentId == x.Assignment.DepartmentId
                    && e.State == ExtensionState.Pending),
                Returned = x.Tip.Assignments.Any(a => a.State == AssignmentState.Returned)
                    && x.Assignment.Department.Kind == DepartmentKind.CoordinationOffice,
            })
            .ToListAsync(ct);

        var flags = await duplicates.FindAsync(
            rows.Select(r => new TipDuplicates.Subject(r.Id, r.Category, r.EnterpriseName, r.CreditCode, r.SubmittedAt)).ToList(),
            actor.Visible, ct);
        return new Result(
            rows.Select(r => new Row(r.Id, r.TrackingNumber, r.Category, r.Place, r.EnterpriseName, r.Status, r.Department, r.Role,
                r.State, r.DueOn, r.IsSupervised, r.Extension, r.Returned, r.DueOn < today, r.DueOn >= today && r.DueOn <= soon,
                flags[r.Id])).ToList(),
            total, page, pages, counts.ToDictionary(c => c.Key, c => c.Count), overdueCount, dueSoonCount);
    }

    /// <summary>待回访处理: closed tip-offs in the office's jurisdiction rated 不满意 that the office has not reviewed yet.</summary>
    public async Task<IReadOnlyList<FollowUpRow>> DissatisfiedAsync(TipActor actor, CancellationToken ct)
    {
        if (!actor.IsOffice) return [];
        var departments = actor.Visible.ToList();
        return await db.Tips.AsNoTracking()
            .Where(t => t.Status == TipStatus.Closed && t.Rating == Satisfaction.Dissatisfied
                && t.Assignments.Any(a => departments.Contains(a.DepartmentId))
                && !t.Events.Any(e => e.At >= t.RatedAt && (e.Kind == TipEventKind.Closed || e.Kind == TipEventKind.Reopened)))
            .OrderBy(t => t.RatedAt).Take(100)
            .Select(t => new FollowUpRow(t.Id, t.TrackingNumber, t.EnterpriseName, t.Jurisdiction.Name, t.RatedAt))
            .ToListAsync(ct);
    }
}
