using Microsoft.EntityFrameworkCore;
using PublicPortal.Web.Data;
using PublicPortal.Web.Features.Staff;

namespace PublicPortal.Web.Features.Notices;

/// <summary>
/// What the dashboard shows about mail to departments: for each department the viewer may see (administrators: all;
/// an office: its jurisdiction and below; anyone else: their own), the last notice and the last digest — when, to how
/// many addresses, how many items — and, for administrators, the departments no mail can reach.
/// </summary>
public class DepartmentMailTrace(PortalDbContext db, CurrentStaff staff, DepartmentRecipients recipients)
{
    public sealed record Sent(DateTime QueuedAt, int Recipients, int Items);
    public sealed record Row(int DepartmentId, string Department, Sent? LastNotice, Sent? LastDigest);
    public sealed record Unreachable(int DepartmentId, string Department);

    public async Task<IReadOnlyList<Row>> RowsAsync(CancellationToken ct)
    {
        var departments = db.Departments.AsNoTracking();
        if (!staff.IsAdmin)
        {
            var visible = (await staff.VisibleDepartmentsAsync(ct)).ToList();
            departments = departments.Where(d => visible.Contains(d.Id));
        }
        var list = await departments.OrderBy(d => d.Code).Select(d => new { d.Id, d.Name }).ToListAsync(ct);
        var ids = list.Select(d => d.Id).ToList();
        // Ids grow with time, so the largest id of each (department, kind) is its latest mailing.
        var latest = await db.DepartmentMailings.Where(m => ids.Contains(m.DepartmentId))
            .GroupBy(m => new { m.DepartmentId, m.Kind }).Select(g => g.Max(m => m.Id)).ToListAsync(ct);
        var mailings = await db.DepartmentMailings.AsNoTracking().Where(m => latest.Contains(m.Id)).ToListAsync(ct);
        Sent? Last(int id, DepartmentMailingKind kind) =>
            mailings.Where(m => m.DepartmentId == id && m.Kind == kind)
                .Select(m => new Sent(m.QueuedAt, m.Recipients, m.Items)).FirstOrDefault();
        return list.Select(d => new Row(d.Id, d.Name, Last(d.Id, DepartmentMailingKind.Notice), Last(d.Id, DepartmentMailingKind.Digest)))
            .ToList();
    }

    /// <summary>Administrators only: departments with no mailbox and no staff who opted in.</summary>
    public async Task<IReadOnlyList<Unreachable>> UnreachableAsync(CancellationToken ct) =>
        staff.IsAdmin ? (await recipients.UnreachableAsync(ct)).Select(d => new Unreachable(d.Id, d.Name)).ToList() : [];
}
