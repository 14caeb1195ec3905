using Microsoft.EntityFrameworkCore;
using PublicPortal.Web.Data;
using PublicPortal.Web.Features.Reference;
using PublicPortal.Web.Features.Staff;

namespace PublicPortal.Web.Features.Tips.Handling;

/// <summary>
/// Loads a tip-off for a member of staff, or nothing when it lies outside their departments: a tip-off is visible to a
/// department that holds or held one of its assignments, and to the coordination office above that department.
/// </summary>
public class TipAccess(PortalDbContext db, CurrentStaff staff, CalendarProvider calendars)
{
    private TipActor? _actor;

    public async Task<TipActor> ActorAsync(CancellationToken ct) => _actor ??= await TipActor.FromAsync(staff, ct);

    public async Task<TipContext?> LoadAsync(int tipId, bool tracked, CancellationToken ct)
    {
        var actor = await ActorAsync(ct);
        var visible = actor.Visible.ToList();
        var query = db.Tips.Include(t => t.Assignments).ThenInclude(a => a.Department)
            .Where(t => t.Id == tipId && t.Assignments.Any(a => visible.Contains(a.DepartmentId)));
        var tip = await (tracked ? query : query.AsNoTracking()).FirstOrDefaultAsync(ct);
        if (tip is null) return null;
        var extensions = await db.ExtensionRequests.Where(e => e.TipId == tipId).OrderBy(e => e.RequestedAt).ToListAsync(ct);
        var drafts = await db.PublicationDrafts.Where(d => d.TipId == tipId).OrderBy(d => d.CreatedAt).ToListAsync(ct);
        var reviewed = tip.RatedAt is { } rated && await db.TipEvents.AnyAsync(e => e.TipId == tipId && e.At >= rated
            && (e.Kind == TipEventKind.Closed || e.Kind == TipEventKind.Reopened), ct);
        return new TipContext(tip, calendars.Today, extensions, drafts, reviewed, await LeadsAsync(tip, ct));
    }

    /// <summary>The enabled accounts with the 部门负责人 role in the lead department, needed only while a closure awaits approval.</summary>
    private async Task<IReadOnlyList<int>> LeadsAsync(Tip tip, CancellationToken ct)
    {
        if (tip.Status != TipStatus.AwaitingApproval || TipRules.LeadItem(tip) is not { } lead) return [];
        return await (from u in db.Users
                      where u.DepartmentId == lead.DepartmentId && !u.IsDisabled
                      join ur in db.UserRoles on u.Id equals ur.UserId
                      join r in db.Roles on ur.RoleId equals r.Id
                      where r.Name == StaffRoles.Lead
                      select u.Id).ToListAsync(ct);
    }
}
