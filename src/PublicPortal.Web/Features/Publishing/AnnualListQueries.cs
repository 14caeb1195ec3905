using Microsoft.EntityFrameworkCore;
using PublicPortal.Web.Data;

namespace PublicPortal.Web.Features.Publishing;

/// <summary>Reads published annual lists for the public pages. Every version is public once published.</summary>
public static class AnnualListQueries
{
    public sealed record VersionInfo(int Version, DateTime PublishedAt, string? Note, int RowCount);

    public sealed record ListYear(string JurisdictionCode, string JurisdictionName, int Year, IReadOnlyList<VersionInfo> Versions)
    {
        public VersionInfo Latest => Versions[^1];
        public string Url => $"/lists/annual/{JurisdictionCode}/{Year}";
    }

    /// <summary>The published versions of one jurisdiction's list for one year, oldest first; null when there are none
    /// (an unknown jurisdiction code included).</summary>
    public static async Task<ListYear?> FindYearAsync(this PortalDbContext db, string jurisdictionCode, int year, CancellationToken ct)
    {
        var jurisdiction = await db.Jurisdictions.AsNoTracking().Where(j => j.Code == jurisdictionCode)
            .Select(j => new { j.Id, j.Code, j.Name }).SingleOrDefaultAsync(ct);
        if (jurisdiction is null) return null;
        var versions = await db.AnnualLists.AsNoTracking().Where(l => l.JurisdictionId == jurisdiction.Id && l.Year == year)
            .OrderBy(l => l.Version).Select(l => new VersionInfo(l.Version, l.PublishedAt, l.Note, l.Rows.Count)).ToListAsync(ct);
        return versions.Count == 0 ? null : new ListYear(jurisdiction.Code, jurisdiction.Name, year, versions);
    }

    /// <summary>Every published list: the province first, then cities in their usual order; newest year first.</summary>
    public static async Task<IReadOnlyList<ListYear>> AllYearsAsync(this PortalDbContext db, CancellationToken ct)
    {
        var versions = await db.AnnualLists.AsNoTracking()
            .Join(db.Jurisdictions, l => l.JurisdictionId, j => j.Id, (l, j) => new
            {
                j.Code, j.Name, j.Level, j.SortOrder, l.Year, l.Version, l.PublishedAt, l.Note, RowCount = l.Rows.Count,
            })
            .ToListAsync(ct);
        return versions
            .GroupBy(v => (v.Code, v.Name, v.Level, v.SortOrder, v.Year))
            .OrderBy(g => g.Key.Level).ThenBy(g => g.Key.SortOrder).ThenBy(g => g.Key.Code, StringComparer.Ordinal)
            .ThenByDescending(g => g.Key.Year)
            .Select(g => new ListYear(g.Key.Code, g.Key.Name, g.Key.Year,
                g.OrderBy(v => v.Version).Select(v => new VersionInfo(v.Version, v.PublishedAt, v.Note, v.RowCount)).ToList()))
            .ToList();
    }

    /// <summary>The rows of one version in published order (the order they were compiled in).</summary>
    public static async Task<IReadOnlyList<AnnualListRow>> RowsAsync(
        this PortalDbContext db, string jurisdictionCode, int year, int version, CancellationToken ct) =>
        await db.AnnualListRows.AsNoTracking()
            .Where(r => db.AnnualLists.Any(l => l.Id == r.AnnualListId && l.Year == year && l.Version == version
                && db.Jurisdictions.Any(j => j.Id == l.JurisdictionId && j.Code == jurisdictionCode)))
            .OrderBy(r => r.Id).ToListAsync(ct);
}
