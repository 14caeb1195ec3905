using Microsoft.EntityFrameworkCore;
using PublicPortal.Web.Data;
using PublicPortal.Web.Features.Reference;

namespace PublicPortal.Web.Features.Reporting;

/// <summary>
/// The record a visitor came from when they pressed 我要举报 (?source=sealing&amp;id=…, ?source=phase-out&amp;id=…,
/// ?source=enterprise&amp;code=…). Unknown sources, malformed ids and missing rows give null: the page then simply
/// shows no referral, since a stale or hand-edited link should not stop anyone from reporting.
/// </summary>
public class ReportReferral(PortalDbContext db)
{
    public sealed record Record(string Source, string Kind, string Title, string Url);

    public async Task<Record?> FindAsync(string? source, string? id, string? code, CancellationToken ct)
    {
        switch (source)
        {
            case "sealing" when int.TryParse(id, out var sealingId):
                var notice = await db.SealingNotices.AsNoTracking().Where(n => n.Id == sealingId)
                    .Select(n => new { n.NoticeNumber, Enterprise = n.Enterprise.Name, n.SealedEquipment }).FirstOrDefaultAsync(ct);
                return notice is null ? null : new Record(source, "封存公告",
                    $"{notice.NoticeNumber}：{notice.Enterprise} {notice.SealedEquipment}", $"/lists/sealing/{sealingId}");
            case "phase-out" when int.TryParse(id, out var entryId):
                var entry = await db.PhaseOutEntries.AsNoTracking().Where(e => e.Id == entryId)
                    .Select(e => new { Enterprise = e.Enterprise.Name, e.Equipment, e.Year }).FirstOrDefaultAsync(ct);
                return entry is null ? null : new Record(source, "年度退出名单",
                    $"{entry.Enterprise} {entry.Equipment}（{entry.Year}年度）", $"/lists/phase-out/{entryId}");
            case "enterprise" when CreditCode.Normalize(code) is var creditCode && CreditCode.IsValid(creditCode):
                var name = await db.Enterprises.AsNoTracking().Where(e => e.CreditCode == creditCode)
                    .Select(e => e.Name).FirstOrDefaultAsync(ct);
                return name is null ? null : new Record(source, "企业", $"{name}（统一社会信用代码 {creditCode}）", $"/enterprises/{creditCode}");
            default:
                return null;
        }
    }
}
