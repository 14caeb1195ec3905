using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PublicPortal.Web.Data;

namespace PublicPortal.Web.Features.Tips.Intake;

/// <summary>
/// Resolves the record a citizen came from ("发现恢复生产？我要举报" on a sealing notice, phase-out entry or enterprise
/// page) into what the form can prefill. Unknown or malformed references resolve to nothing, silently.
/// </summary>
public class TipSourceLookup(PortalDbContext db)
{
    public sealed record Source(TipSource Kind, string Key, string Description, string EnterpriseName, string CreditCode, string PlaceCode)
    {
        public string Url => Kind switch
        {
            TipSource.Sealing => $"/lists/sealing/{Key}",
            TipSource.PhaseOut => $"/lists/phase-out/{Key}",
            _ => $"/enterprises/{Key}",
        };
    }

    public async Task<Source?> FindAsync(string? source, string? id, string? code, CancellationToken ct)
    {
        switch (source)
        {
            case "sealing" when int.TryParse(id, out var sealingId):
                return await db.SealingNotices.AsNoTracking().Where(n => n.Id == sealingId)
                    .Select(n => new Source(TipSource.Sealing, n.Id.ToString(CultureInfo.InvariantCulture),
                        "封存公告：" + n.NoticeNumber + "（" + n.SealedEquipment + "）",
                        n.Enterprise.Name, n.Enterprise.CreditCode, n.Jurisdiction.Code))
                    .FirstOrDefaultAsync(ct);
            case "phase-out" when int.TryParse(id, out var entryId):
                return await db.PhaseOutEntries.AsNoTracking().Where(e => e.Id == entryId)
                    .Select(e => new Source(TipSource.PhaseOut, e.Id.ToString(CultureInfo.InvariantCulture),
                        e.Year + "年退出名单：" + e.Equipment,
                        e.Enterprise.Name, e.Enterprise.CreditCode, e.Jurisdiction.Code))
                    .FirstOrDefaultAsync(ct);
            case "enterprise" when Reference.CreditCode.Normalize(code) is var normalized && Reference.CreditCode.IsValid(normalized):
                return await db.Enterprises.AsNoTracking().Where(e => e.CreditCode == normalized)
                    .Select(e => new Source(TipSource.Enterprise, e.CreditCode, "企业：" + e.Name, e.Name, e.CreditCode, e.Jurisdiction.Code))
                    .FirstOrDefaultAsync(ct);
            default:
                return null;
        }
    }

    public Task<Source?> FindAsync(TipSource? kind, string? key, CancellationToken ct) => kind switch
    {
        TipSource.Sealing => FindAsync("sealing", key, null, ct),
        TipSource.PhaseOut => FindAsync("phase-out", key, null, ct),
        TipSource.Enterprise => FindAsync("enterprise", null, key, ct),
        _ => Task.FromResult<Source?>(null),
    };
}
