using Microsoft.EntityFrameworkCore;
using PublicPortal.Web.Data;
using PublicPortal.Web.Features.Reference;

namespace PublicPortal.Web.Features.Notices;

/// <summary>
/// Who hears about a department's queue: its mailbox (<see cref="Department.Email"/>, kept by administrators) plus every
/// active member of its staff who asked for the mail at their own address (<c>StaffUser.WantsDepartmentMail</c>).
/// A department with neither is told nothing, so the administrators' dashboard lists it (<see cref="UnreachableAsync"/>).
/// </summary>
public class DepartmentRecipients(PortalDbContext db)
{
    /// <summary>The addresses of each of <paramref name="departmentIds"/>, mailbox first, without duplicates.</summary>
    public async Task<Dictionary<int, List<string>>> ForAsync(IReadOnlyCollection<int> departmentIds, CancellationToken ct)
    {
        var mailboxes = await db.Departments.AsNoTracking().Where(d => departmentIds.Contains(d.Id))
            .Select(d => new { d.Id, d.Email }).ToListAsync(ct);
        var staff = await StaffQuery(departmentIds).ToListAsync(ct);
        return mailboxes.ToDictionary(d => d.Id,
            d => Combine(d.Email, staff.Where(s => s.DepartmentId == d.Id).Select(s => s.Email)));
    }

    /// <summary>The same for one department, synchronously: the notice is queued from synchronous workflow code in the
    /// middle of the caller's unit of work.</summary>
    public List<string> For(Department department) =>
        Combine(department.Email, StaffQuery([department.Id]).AsEnumerable().Select(s => s.Email));

    /// <summary>Departments that no mail can reach: no mailbox and nobody opted in.</summary>
    public async Task<List<Department>> UnreachableAsync(CancellationToken ct) =>
        await db.Departments.AsNoTracking().Include(d => d.Jurisdiction)
            .Where(d => d.Email == null || d.Email == "")
            .Where(d => !db.Users.Any(u => u.DepartmentId == d.Id && u.WantsDepartmentMail && !u.IsDisabled
                && u.Email != null && u.Email != ""))
            .OrderBy(d => d.Code).ToListAsync(ct);

    private IQueryable<StaffAddress> StaffQuery(IReadOnlyCollection<int> departmentIds) =>
        db.Users.AsNoTracking()
            .Where(u => u.DepartmentId != null && departmentIds.Contains(u.DepartmentId.Value) && u.WantsDepartmentMail && !u.IsDisabled
                && u.Email != null && u.Email != "")
            .OrderBy(u => u.Id)
            .Select(u => new StaffAddress(u.DepartmentId!.Value, u.Email!));

    private sealed record StaffAddress(int DepartmentId, string Email);

    private static List<string> Combine(string? mailbox, IEnumerable<string> staff)
    {
        var all = new List<string>();
        foreach (var address in staff.Prepend(mailbox ?? ""))
        {
            var trimmed = address.Trim();
            if (trimmed.Length > 0 && !all.Contains(trimmed, StringComparer.OrdinalIgnoreCase)) all.Add(trimmed);
        }
        return all;
    }
}
