using Microsoft.EntityFrameworkCore;
using PublicPortal.Web.Data;

namespace PublicPortal.Web.Features.Registers;

/// <summary>The newest published rows across all registers, for the home page ("名单更新").</summary>
public class RecentUpdates(PortalDbContext db)
{
    public sealed record Update(string Register, string Title, string Url, DateTime PublishedAt, bool IsSample);

    public async Task<IReadOnlyList<Update>> LatestAsync(int count, CancellationToken ct)
    {
        // Each register contributes its own newest rows (one indexed query each); the merge is of at most 5×count rows.
        var updates = new List<Update>();
        updates.AddRange(await db.PhaseOutEntries.Where(e => e.State == PublicationState.Published)
            .OrderByDescending(e => e.PublishedAt).Take(count)
            .Select(e => new Update("退出名单", e.Enterprise.Name + " " + e.Equipment, "/lists/phase-out/" + e.Id, e.PublishedAt, e.IsSample))
            .ToListAsync(ct));
        updates.AddRange(await db.SealingNotices.Where(e => e.State == PublicationState.Published)
            .OrderByDescending(e => e.PublishedAt).Take(count)
            .Select(e => new Update("封存公告", e.Enterprise.Name + " " + e.SealedEquipment, "/lists/sealing/" + e.Id,
                e.PublishedAt, e.IsSample))
            .ToListAsync(ct));
        updates.AddRange(await db.CardListings.Where(e => e.State == PublicationState.Published)
            .OrderByDescending(e => e.PublishedAt).Take(count)
            .Select(e => new Update(e.Card == Card.Red ? "红牌名单" : "黄牌名单", e.Enterprise.Name, "/lists/cards/" + e.Id,
                e.PublishedAt, e.IsSample))
            .ToListAsync(ct));
        updates.AddRange(await db.EmissionViolations.Where(e => e.State == PublicationState.Published)
            .OrderByDescending(e => e.PublishedAt).Take(count)
            .Select(e => new Update("超标排放", e.Enterprise.Name + " " + e.Pollutant, "/lists/emissions/" + e.Id, e.PublishedAt, e.IsSample))
            .ToListAsync(ct));
        updates.AddRange(await db.QualityFailures.Where(e => e.State == PublicationState.Published)
            .OrderByDescending(e => e.PublishedAt).Take(count)
            .Select(e => new Update("不合格产品", e.Enterprise.Name + " " + e.ProductName, "/lists/quality/" + e.Id, e.PublishedAt, e.IsSample))
            .ToListAsync(ct));
        return updates.OrderByDescending(u => u.PublishedAt).Take(count).ToList();
    }
}
