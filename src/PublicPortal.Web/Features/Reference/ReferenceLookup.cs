using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using PublicPortal.Web.Data;

namespace PublicPortal.Web.Features.Reference;

/// <summary>
/// Reference data for filters and labels (jurisdictions, industries, aspects, departments), read once a minute rather
/// than on every request: it changes only when an administrator edits it.
/// </summary>
public class ReferenceLookup(PortalDbContext db, IMemoryCache cache)
{
    public sealed record Snapshot(
        IReadOnlyList<Jurisdiction> Jurisdictions,
        IReadOnlyList<Industry> Industries,
        IReadOnlyList<Aspect> Aspects,
        IReadOnlyList<Department> Departments)
    {
        public IEnumerable<Jurisdiction> Cities => Jurisdictions.Where(j => j.Level == JurisdictionLevel.City).OrderBy(j => j.SortOrder);
        public IEnumerable<Jurisdiction> CountiesOf(int cityId) => Jurisdictions.Where(j => j.ParentId == cityId).OrderBy(j => j.SortOrder);
        public Jurisdiction? Jurisdiction(string? code) => Jurisdictions.FirstOrDefault(j => j.Code == code);
        public Industry? Industry(string? code) => Industries.FirstOrDefault(i => i.Code == code);
        public Aspect? Aspect(string? code) => Aspects.FirstOrDefault(a => a.Code == code);
    }

    public Task<Snapshot> GetAsync(CancellationToken ct = default) =>
        cache.GetOrCreateAsync(ReferenceCache.LookupKey, async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(1);
            return new Snapshot(
                await db.Jurisdictions.AsNoTracking().OrderBy(j => j.Level).ThenBy(j => j.SortOrder).ToListAsync(ct),
                await db.Industries.AsNoTracking().OrderBy(i => i.SortOrder).ToListAsync(ct),
                await db.Aspects.AsNoTracking().OrderBy(a => a.SortOrder).ToListAsync(ct),
                await db.Departments.AsNoTracking().OrderBy(d => d.Code).ToListAsync(ct));
        })!;
}
