using System.Linq.Expressions;
using PublicPortal.Web.Data;
using PublicPortal.Web.Features.Reference;
using PublicPortal.Web.Features.Registers;

namespace PublicPortal.Web.Features.OpenData;

public sealed class PhaseOutDataset(PortalDbContext db, ReferenceLookup lookup, TimeProvider clock)
    : RegisterDataset<PhaseOutEntry, PhaseOutDataset.Own>(db, lookup, clock)
{
    public sealed record Own(string Equipment, double Capacity, string CapacityUnit, PhaseOutMeasure Measure, PhaseOutStatus Status,
        DateOnly? CompletedOn, DateOnly? AcceptedOn, string? Remarks);

    protected override RegisterKind Kind => RegisterKind.PhaseOut;
    protected override RegisterListQuery<PhaseOutEntry> ListQuery => RegisterListQueries.PhaseOut;
    public override string Title => "年度落后产能退出企业名单";
    public override string Description => "各地市、县区退出落后产能的企业、主体设备（生产线）、产能、退出方式和完成情况。";
    public override string Frequency => "随时更新（发布或更正即更新）";

    protected override Expression<Func<PhaseOutEntry, Own>> Projection => e =>
        new Own(e.Equipment, e.Capacity, e.CapacityUnit, e.Measure, e.Status, e.CompletedOn, e.AcceptedOn, e.Remarks);

    protected override IReadOnlyList<Column<Own>> OwnColumns { get; } =
    [
        Column<Own>.Text("equipment", "主体设备（生产线）", "1×450立方米炼铁高炉", r => r.Equipment),
        Column<Own>.Number("capacity", "产能（数值，单位见 capacity_unit）", "55", r => r.Capacity),
        Column<Own>.Text("capacity_unit", "产能单位", "万吨/年", r => r.CapacityUnit),
        Column<Own>.Text("measure", "退出方式", "拆除", r => r.Measure.Name()),
        Column<Own>.Text("status", "状态", "已完成", r => r.Status.Name()),
        Column<Own>.Date("completed_on", "完成退出日期", "2023-05-20", r => r.CompletedOn),
        Column<Own>.Date("accepted_on", "验收日期", "2023-08-01", r => r.AcceptedOn),
        Column<Own>.Text("remarks", "备注", "", r => r.Remarks),
    ];
}
