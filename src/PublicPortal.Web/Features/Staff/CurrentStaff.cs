using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using PublicPortal.Web.Data;
using PublicPortal.Web.Features.Audit;

namespace PublicPortal.Web.Features.Staff;

/// <summary>
/// The signed-in member of staff and what they may see: their own department's work, or — for a coordination office —
/// every department of its jurisdiction and the jurisdictions below it. Pages ask this before loading anything, and
/// anything outside answers 404.
/// </summary>
public class CurrentStaff(IHttpContextAccessor http, PortalDbContext db) : IAuditActor
{
    private ClaimsPrincipal User => http.HttpContext?.User ?? new ClaimsPrincipal();
    private IReadOnlySet<int>? _visible;

    public int Id => int.Parse(User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "0", CultureInfo.InvariantCulture);
    public string UserName => User.Identity?.Name ?? "";
    public string DisplayName => User.FindFirstValue(StaffClaims.DisplayName) ?? UserName;
    public int? DepartmentId => int.TryParse(User.FindFirstValue(StaffClaims.DepartmentId), out var id) ? id : null;
    public bool IsAdmin => User.IsInRole(StaffRoles.Admin);
    public bool IsOffice => User.IsInRole(StaffRoles.Office);
    public bool IsLead => User.IsInRole(StaffRoles.Lead);
    public bool IsOfficer => User.IsInRole(StaffRoles.Officer);
    public bool IsCustodian => User.IsInRole(StaffRoles.Custodian);

    /// <summary>The departments whose tip-offs this person may open.</summary>
    public async Task<IReadOnlySet<int>> VisibleDepartmentsAsync(CancellationToken ct = default)
    {
        if (_visible is not null) return _visible;
        if (DepartmentId is not { } own) return _visible = new HashSet<int>();
        if (!IsOffice) return _visible = new HashSet<int> { own };
        var office = await db.Departments.AsNoTracking().SingleAsync(d => d.Id == own, ct);
        var jurisdictions = new HashSet<int> { office.JurisdictionId };
        // The office of a city sees its districts' departments too; the province's office sees everything.
        var all = await db.Jurisdictions.AsNoTracking().Select(j => new { j.Id, j.ParentId }).ToListAsync(ct);
        for (var added = true; added;)
        {
            added = false;
            foreach (var j in all.Where(j => j.ParentId is { } p && jurisdictions.Contains(p) && !jurisdictions.Contains(j.Id)))
                added = jurisdictions.Add(j.Id);
        }
        return _visible = (await db.Departments.AsNoTracking()
            .Where(d => jurisdictions.Contains(d.JurisdictionId)).Select(d => d.Id).ToListAsync(ct)).ToHashSet();
    }
}
