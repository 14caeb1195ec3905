using Microsoft.EntityFrameworkCore;
using PublicPortal.Web.Data;
using PublicPortal.Web.Features.Reference;

namespace PublicPortal.Web.Features.Tips;

/// <summary>
/// Routes a tip-off by category × place with the routing table (<see cref="Responsibility"/>), as the plans assign
/// work: the district's own departments where the district has rules for the subject, otherwise the city's; what no
/// rule matches (and category 其他) goes to the nearest coordination office up from the place: the city's, or the
/// province's.
/// </summary>
public class TipRouter(PortalDbContext db)
{
    public sealed record Route(int DepartmentId, string DepartmentName, ResponsibilityRole Role);

    public async Task<IReadOnlyList<Route>> RouteAsync(TipCategory category, int jurisdictionId, CancellationToken ct = default)
    {
        var place = await db.Jurisdictions.AsNoTracking().SingleAsync(j => j.Id == jurisdictionId, ct);
        var chain = new List<int> { place.Id };
        for (var parentId = place.ParentId; parentId is not null;)
        {
            var parent = await db.Jurisdictions.AsNoTracking().SingleAsync(j => j.Id == parentId, ct);
            chain.Add(parent.Id);
            parentId = parent.ParentId;
        }

        if (category.Subject() is { } subject)
        {
            // Walk up from the place itself; the province is not a fallback for a city's subject: a city with no rule for
            // it hands the tip to its own coordination office, which knows its departments.
            foreach (var id in chain.Count == 1 ? chain : chain.Take(chain.Count - 1))
            {
                var rules = await db.Responsibilities.AsNoTracking()
                    .Where(r => r.JurisdictionId == id && r.Subject == subject)
                    // Roles are stored as strings: ordering by the column would put "Assist" before "Lead".
                    .OrderBy(r => r.Role == ResponsibilityRole.Lead ? 0 : 1).ThenBy(r => r.SortOrder)
                    .Select(r => new Route(r.DepartmentId, r.Department.Name, r.Role))
                    .ToListAsync(ct);
                if (rules.Count > 0) return rules;
            }
        }

        foreach (var id in chain)
        {
            var office = await db.Departments.AsNoTracking()
                .Where(d => d.JurisdictionId == id && d.Kind == DepartmentKind.CoordinationOffice)
                .Select(d => new Route(d.Id, d.Name, ResponsibilityRole.Lead))
                .FirstOrDefaultAsync(ct);
            if (office is not null) return [office];
        }
        throw new InvalidOperationException("路由表中没有任何协调小组办公室，无法派单。");
    }
}
