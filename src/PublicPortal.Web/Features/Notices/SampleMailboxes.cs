using Microsoft.EntityFrameworkCore;
using PublicPortal.Web.Data;

namespace PublicPortal.Web.Features.Notices;

/// <summary>
/// With the sample data, every department without a mailbox gets an invented one on an example domain (e.g.
/// <c>yjglj@sz.example.gov.cn</c>), so notices and digests visibly go somewhere on a newcomer's installation. Only on a
/// fresh installation (no enterprise yet, the same test as the sample registers): afterwards the mailboxes belong to
/// the administrators, and a mailbox they cleared stays cleared.
/// </summary>
public static class SampleMailboxes
{
    private static readonly Dictionary<string, string> Places = new()
    {
        ["440000"] = "gd", ["440300"] = "sz", ["440304"] = "ft.sz", ["440305"] = "ns.sz", ["440306"] = "ba.sz",
        ["440307"] = "lg.sz", ["440700"] = "jm", ["440800"] = "zj", ["441600"] = "hy",
    };

    public static async Task FillAsync(PortalDbContext db, CancellationToken ct = default)
    {
        if (await db.Enterprises.AnyAsync(ct)) return;
        var missing = await db.Departments.Include(d => d.Jurisdiction).Where(d => d.Email == null || d.Email == "").ToListAsync(ct);
        foreach (var department in missing)
        {
            var place = Places.GetValueOrDefault(department.Jurisdiction.Code, department.Jurisdiction.Code);
            var key = department.Code[(department.Code.IndexOf('-') + 1)..];
            department.Email = $"{key}@{place}.example.gov.cn";
        }
        await db.SaveChangesAsync(ct);
    }
}
