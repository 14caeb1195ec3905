using System.Linq.Expressions;
using PublicPortal.Web.Data;
using PublicPortal.Web.Features.Reference;
using PublicPortal.Web.Features.Registers;

namespace PublicPortal.Web.Features.OpenData;

public sealed class EmissionDataset(PortalDbContext db, ReferenceLookup lookup, TimeProvider clock)
    : RegisterDataset<EmissionViolation, EmissionDataset.Own>(db, lookup, clock)
{
    public sealed record Own(string Pollutant, string Violation, string? Standard, bool IsSerious, DateOnly FoundOn,
        string? PenaltyDecisionNumber, DateOnly? PenaltyDecidedOn, string? Penalty, EnforcementStatus Status);

    protected override RegisterKind Kind => RegisterKind.Emission;
    protected override RegisterListQuery<EmissionViolation> ListQuery => RegisterListQueries.Emissions;
    public override string Title => "超标排放企业名单及处罚信息";
    public override string Description => "生态环境部门发布的超标排放企业、违法情形、处罚决定和整改情况。";
    public override string Frequency => "随时更新（发布或更正即更新）";

    protected override Expression<Func<EmissionViolation, Own>> Projection => e => new Own(e.Pollutant, e.Violation, e.Standard,
        e.IsSerious, e.FoundOn, e.PenaltyDecisionNumber, e.PenaltyDecidedOn, e.Penalty, e.Status);

    protected override IReadOnlyList<Column<Own>> OwnColumns { get; } =
    [
        Column<Own>.Text("pollutant", "污染物", "颗粒物", r => r.Pollutant),
        Column<Own>.Text("violation", "违法情形", "颗粒物排放浓度超过特别排放限值", r => r.Violation),
        Column<Own>.Text("standard", "执行标准", "GB 28662-2012", r => r.Standard),
        Column<Own>.Bool("is_serious", "是否情节严重", "true", r => r.IsSerious),
        Column<Own>.Date("found_on", "发现日期", "2023-05-05", r => r.FoundOn),
        Column<Own>.Text("penalty_decision_number", "处罚决定书文号", "深环罚〔2023〕1号", r => r.PenaltyDecisionNumber),
        Column<Own>.Date("penalty_decided_on", "处罚决定日期", "2023-06-01", r => r.PenaltyDecidedOn),
        Column<Own>.Text("penalty", "处罚内容", "罚款20万元", r => r.Penalty),
        Column<Own>.Text("status", "状态", "整改中", r => r.Status.Name()),
    ];
}
