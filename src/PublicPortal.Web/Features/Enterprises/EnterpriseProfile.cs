using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PublicPortal.Web.Data;
using PublicPortal.Web.Features.Registers;

namespace PublicPortal.Web.Features.Enterprises;

/// <summary>
/// Everything the portal publishes about one 统一社会信用代码: the enterprise, then one section per register. Each
/// section is a plain table model (columns + rows linking to the register's detail page), so one partial shows them all.
/// </summary>
public class EnterpriseProfile(PortalDbContext db)
{
    public sealed record Facts(int Id, string Name, string CreditCode, string? Address, string Jurisdiction, string? City, bool IsSample);

    public sealed record Row(
        string Url, string LinkText, IReadOnlyList<string> Cells, bool IsSample, string? Badge = null, string? BadgeClass = null);

    public sealed record Section(string Id, string Heading, IReadOnlyList<string> Columns, IReadOnlyList<Row> Rows);

    public sealed record Profile(Facts Enterprise, IReadOnlyList<Section> Sections);

    public async Task<Profile?> LoadAsync(string creditCode, CancellationToken ct)
    {
        var facts = await db.Enterprises.AsNoTracking().Where(e => e.CreditCode == creditCode)
            .Select(e => new Facts(e.Id, e.Name, e.CreditCode, e.Address, e.Jurisdiction.Name, e.Jurisdiction.Parent!.Name, e.IsSample))
            .FirstOrDefaultAsync(ct);
        if (facts is null) return null;
        var id = facts.Id;

        var phaseOut = await db.PhaseOutEntries.AsNoTracking()
            .Where(e => e.EnterpriseId == id && e.State == Features.Registers.PublicationState.Published)
            .OrderByDescending(e => e.Year).ThenByDescending(e => e.Id)
            .Select(e => new { e.Id, e.Year, e.Equipment, e.Capacity, e.CapacityUnit, e.Measure, e.Status, e.CompletedOn, e.IsSample })
            .ToListAsync(ct);
        var sealing = await db.SealingNotices.AsNoTracking()
            .Where(e => e.EnterpriseId == id && e.State == Features.Registers.PublicationState.Published)
            .OrderByDescending(e => e.SealedOn).ThenByDescending(e => e.Id)
            .Select(e => new { e.Id, e.NoticeNumber, e.SealedEquipment, e.SealedOn, e.DismantleDeadline, e.Status, e.IsSample })
            .ToListAsync(ct);
        var cards = await db.CardListings.AsNoTracking()
            .Where(e => e.EnterpriseId == id && e.State == Features.Registers.PublicationState.Published)
            .OrderBy(e => e.ListedOn).ThenBy(e => e.Id)
            .Select(e => new
            {
                e.Id, e.Card, e.DecisionNumber, e.ListedOn, e.Reason, Deadline = e.ExtendedDeadline ?? e.RectifyDeadline,
                e.Status, e.IsSample,
            })
            .ToListAsync(ct);
        var emissions = await db.EmissionViolations.AsNoTracking()
            .Where(e => e.EnterpriseId == id && e.State == Features.Registers.PublicationState.Published)
            .OrderByDescending(e => e.FoundOn).ThenByDescending(e => e.Id)
            .Select(e => new { e.Id, e.FoundOn, e.Pollutant, e.Violation, e.IsSerious, e.Penalty, e.Status, e.IsSample })
            .ToListAsync(ct);
        var quality = await db.QualityFailures.AsNoTracking()
            .Where(e => e.EnterpriseId == id && e.State == Features.Registers.PublicationState.Published)
            .OrderByDescending(e => e.InspectedOn).ThenByDescending(e => e.Id)
            .Select(e => new { e.Id, e.InspectedOn, e.ProductName, e.FailedItems, e.Status, e.IsSample })
            .ToListAsync(ct);

        return new Profile(facts,
        [
            new("phase-out", "年度退出名单", ["设备（生产线）", "年度", "产能", "退出方式", "完成日期", "状态"],
                phaseOut.Select(e => new Row($"/lists/phase-out/{e.Id}", e.Equipment,
                    [
                        e.Year.ToString(CultureInfo.InvariantCulture), $"{RegisterLabels.Capacity(e.Capacity)} {e.CapacityUnit}",
                        e.Measure.Name(),
                        e.CompletedOn.Cn("尚未完成"), e.Status.Name(),
                    ],
                    e.IsSample)).ToList()),
            new("sealing", "封存公告", ["公告编号", "封存设备", "封存日期", "拆除期限", "状态"],
                sealing.Select(e => new Row($"/lists/sealing/{e.Id}", e.NoticeNumber,
                    [e.SealedEquipment, e.SealedOn.Cn(), e.DismantleDeadline.Cn(), e.Status.Name()], e.IsSample)).ToList()),
            new("cards", "黄牌、红牌名单", ["决定文号", "列入日期", "原因", "整改期限", "状态"],
                cards.Select(e => new Row($"/lists/cards/{e.Id}", e.DecisionNumber ?? e.Card.Name() + "名单",
                    [e.ListedOn.Cn(), e.Reason, e.Deadline.Cn(), e.Status.Name()], e.IsSample,
                    e.Card.Name(), e.Card == Card.Red ? "badge red" : "badge yellow")).ToList()),
            new("emissions", "超标排放", ["污染物", "发现日期", "超标情况", "处罚", "状态"],
                emissions.Select(e => new Row($"/lists/emissions/{e.Id}", e.Pollutant,
                    [e.FoundOn.Cn(), e.Violation, e.Penalty ?? "—", e.Status.Name()], e.IsSample,
                    e.IsSerious ? "情节严重" : null, e.IsSerious ? "badge red" : null)).ToList()),
            new("quality", "不合格产品", ["产品名称", "抽查日期", "不合格项目", "状态"],
                quality.Select(e => new Row($"/lists/quality/{e.Id}", e.ProductName,
                    [e.InspectedOn.Cn(), e.FailedItems, e.Status.Name()], e.IsSample)).ToList()),
        ]);
    }
}
