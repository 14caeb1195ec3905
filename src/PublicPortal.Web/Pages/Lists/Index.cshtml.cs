using Microsoft.AspNetCore.Mvc.RazorPages;
using PublicPortal.Web.Data;
using PublicPortal.Web.Features.Registers;

namespace PublicPortal.Web.Pages.Lists;

public class IndexModel(PortalDbContext db) : PageModel
{
    public IReadOnlyList<RegisterCard> Registers { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        // One after another: a DbContext runs one query at a time. Each is a COUNT and a top-1, never the rows.
        Registers =
        [
            await CardAsync("年度落后产能退出名单", "/lists/phase-out", "退出企业名单、设备（生产线）和产能情况。", db.PhaseOutEntries, ct),
            await CardAsync("封存公告", "/lists/sealing", "暂不能拆除的主体设备封存情况、企业不再恢复生产的公开承诺和拆除期限。", db.SealingNotices, ct),
            await CardAsync("黄牌、红牌名单", "/lists/cards", "不达标企业的限期整改（黄牌）和依法关停（红牌）名单。", db.CardListings, ct),
            await CardAsync("超标排放企业名单及处罚信息", "/lists/emissions", "生态环境部门公开的超标排放企业和处罚信息。", db.EmissionViolations, ct),
            await CardAsync("不合格产品及其生产企业", "/lists/quality", "市场监管部门抽查发现的不合格产品及其生产企业。", db.QualityFailures, ct),
        ];
    }

    private static async Task<RegisterCard> CardAsync<T>(
        string name, string url, string description, IQueryable<T> rows, CancellationToken ct)
        where T : RegisterEntry
    {
        var (count, latest) = await rows.SummarizeAsync(ct);
        return new RegisterCard(name, url, description, count, latest);
    }

    public sealed record RegisterCard(string Name, string Url, string Description, int Count, DateTime? LatestPublishedAt);
}
