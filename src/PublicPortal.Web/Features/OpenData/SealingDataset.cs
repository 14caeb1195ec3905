using System.Linq.Expressions;
using PublicPortal.Web.Data;
using PublicPortal.Web.Features.Reference;
using PublicPortal.Web.Features.Registers;

namespace PublicPortal.Web.Features.OpenData;

public sealed class SealingDataset(PortalDbContext db, ReferenceLookup lookup, TimeProvider clock)
    : RegisterDataset<SealingNotice, SealingDataset.Own>(db, lookup, clock)
{
    public sealed record Own(string NoticeNumber, string SealedEquipment, SealingMeasures Measures, DateOnly SealedOn,
        DateOnly DismantleDeadline, DateOnly? DismantledOn, SealingStatus Status, string PledgeText, string PledgeSignatory,
        DateOnly PledgedOn);

    protected override RegisterKind Kind => RegisterKind.Sealing;
    protected override RegisterListQuery<SealingNotice> ListQuery => RegisterListQueries.Sealing;
    public override string Title => "封存公告";
    public override string Description => "暂不能拆除而封存的设备、封存措施、限期拆除日期，以及企业不再恢复生产的公开承诺。";
    public override string Frequency => "随时更新（发布或更正即更新）";

    protected override Expression<Func<SealingNotice, Own>> Projection => e => new Own(e.NoticeNumber, e.SealedEquipment, e.Measures,
        e.SealedOn, e.DismantleDeadline, e.DismantledOn, e.Status, e.PledgeText, e.PledgeSignatory, e.PledgedOn);

    protected override IReadOnlyList<Column<Own>> OwnColumns { get; } =
    [
        Column<Own>.Text("notice_number", "公告文号", "深封字〔2023〕1号", r => r.NoticeNumber),
        Column<Own>.Text("sealed_equipment", "封存设备", "300立方米炼铁高炉", r => r.SealedEquipment),
        Column<Own>.Text("measures", "封存措施（以“、”分隔）", "断水、断电、封存主体设备", r => string.Join('、', r.Measures.Names())),
        Column<Own>.Date("sealed_on", "封存日期", "2023-03-01", r => r.SealedOn),
        Column<Own>.Date("dismantle_deadline", "限期拆除日期", "2023-09-01", r => r.DismantleDeadline),
        Column<Own>.Date("dismantled_on", "实际拆除日期", "2023-08-20", r => r.DismantledOn),
        Column<Own>.Text("status", "状态", "封存中", r => r.Status.Name()),
        Column<Own>.Text("pledge_text", "企业不再恢复生产承诺（原文）", "本企业承诺不再恢复生产。", r => r.PledgeText),
        Column<Own>.Text("pledge_signatory", "承诺人", "某某钢铁有限公司", r => r.PledgeSignatory),
        Column<Own>.Date("pledged_on", "承诺日期", "2023-03-01", r => r.PledgedOn),
    ];
}
