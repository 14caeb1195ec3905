using Microsoft.EntityFrameworkCore;
using PublicPortal.Web.Data;
using PublicPortal.Web.Features.Registers;
using PublicPortal.Web.Features.Tips.Handling;

namespace PublicPortal.Web.Features.Publishing;

/// <summary>
/// Compiles a jurisdiction's 年度落后产能退出企业名单 from the published phase-out entries of its departments and of the
/// jurisdictions below it, and publishes it as the next dated version (a snapshot that never changes afterwards).
/// </summary>
public class AnnualCompilation(PortalDbContext db, TimeProvider clock)
{
    public const int FirstYear = 2015;

    public sealed record Publication(AnnualList? List, string? Error);

    /// <summary>The jurisdiction and every jurisdiction below it (a city's districts; the province's cities and their districts).</summary>
    public async Task<HashSet<int>> TreeAsync(int rootId, CancellationToken ct)
    {
        var all = await db.Jurisdictions.AsNoTracking().Select(j => new { j.Id, j.ParentId }).ToListAsync(ct);
        var tree = new HashSet<int> { rootId };
        for (var added = true; added;)
        {
            added = false;
            foreach (var j in all.Where(j => j.ParentId is { } p && tree.Contains(p) && !tree.Contains(j.Id)))
                added = tree.Add(j.Id);
        }
        return tree;
    }

    /// <summary>The rows the list would have now: completed or accepted exits of that year, published (not withdrawn),
    /// sorted by place then enterprise.</summary>
    public async Task<List<AnnualListRow>> CompileAsync(int jurisdictionId, int year, CancellationToken ct)
    {
        var tree = await TreeAsync(jurisdictionId, ct);
        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31);
        // IgnoreQueryFilters + an explicit State test: the public filter would let withdrawn entries through.
        var entries = await db.PhaseOutEntries.IgnoreQueryFilters().AsNoTracking()
            .Where(e => e.State == PublicationState.Published
                && (e.Status == PhaseOutStatus.Completed || e.Status == PhaseOutStatus.Accepted)
                && e.CompletedOn >= from && e.CompletedOn <= to
                && tree.Contains(e.Department.JurisdictionId))
            .Select(e => new
            {
                e.Id, Enterprise = e.Enterprise.Name, e.Enterprise.CreditCode,
                City = e.City.Name, CitySort = e.City.SortOrder, County = e.Jurisdiction.Name, CountySort = e.Jurisdiction.SortOrder,
                IsCity = e.JurisdictionId == e.CityId, Industry = e.Industry == null ? null : e.Industry.Name,
                e.Equipment, e.Capacity, e.CapacityUnit, e.Measure, e.CompletedOn, e.AcceptedOn, Department = e.Department.Name,
            })
            .ToListAsync(ct);
        // Sorted here, not in SQL, so that SQLite and PostgreSQL (whose collations differ) give the same order.
        return entries
            .OrderBy(e => e.CitySort).ThenBy(e => e.City, StringComparer.Ordinal)
            .ThenBy(e => e.IsCity ? 0 : 1).ThenBy(e => e.CountySort).ThenBy(e => e.County, StringComparer.Ordinal)
            .ThenBy(e => e.Enterprise, StringComparer.Ordinal).ThenBy(e => e.Id)
            .Select(e => new AnnualListRow
            {
                PhaseOutEntryId = e.Id, EnterpriseName = e.Enterprise, CreditCode = e.CreditCode,
                Place = e.IsCity ? e.City : e.City + e.County, Industry = e.Industry, Equipment = e.Equipment,
                Capacity = e.Capacity, CapacityUnit = e.CapacityUnit, Measure = e.Measure.Name(),
                CompletedOn = e.CompletedOn, AcceptedOn = e.AcceptedOn, Department = e.Department,
            })
            .ToList();
    }

    /// <summary>Publishes the compiled rows as the next version. A correction (version 2 and later) must say what it corrects.</summary>
    public async Task<Publication> PublishAsync(
        int jurisdictionId, int year, int staffId, int departmentId, string? note, CancellationToken ct)
    {
        note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        var rows = await CompileAsync(jurisdictionId, year, ct);
        if (rows.Count == 0) return new(null, $"{year}年度没有可以公布的退出记录。");
        var latest = await db.AnnualLists.AsNoTracking().Include(l => l.Rows)
            .Where(l => l.JurisdictionId == jurisdictionId && l.Year == year)
            .OrderByDescending(l => l.Version).FirstOrDefaultAsync(ct);
        if (latest is not null)
        {
            if (note is null) return new(null, "发布更正版本时，请在说明中写明更正了哪些内容。");
            if (AnnualListDiff.Between(latest.Rows, rows).IsEmpty)
                return new(null, $"名单与第{latest.Version}版相同，无需发布新版本。");
        }
        var list = new AnnualList
        {
            JurisdictionId = jurisdictionId, Year = year, Version = (latest?.Version ?? 0) + 1,
            PublishedAt = clock.GetUtcNow().UtcDateTime, CompiledById = staffId, DepartmentId = departmentId, Note = note, Rows = rows,
        };
        db.AnnualLists.Add(list);
        return new(list, null);
    }
}

/// <summary>Count and total capacity of a list, per capacity unit (万吨/年 and 万重量箱/年 cannot be added together).</summary>
public sealed record AnnualListSummary(int Count, IReadOnlyList<(string Unit, int Count, double Capacity)> ByUnit)
{
    public static AnnualListSummary Of(IReadOnlyCollection<AnnualListRow> rows) => new(rows.Count,
        rows.GroupBy(r => r.CapacityUnit).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, g.Count(), Math.Round(g.Sum(r => r.Capacity), 4))).ToList());
}
