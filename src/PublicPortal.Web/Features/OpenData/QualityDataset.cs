using System.Linq.Expressions;
using PublicPortal.Web.Data;
using PublicPortal.Web.Features.Reference;
using PublicPortal.Web.Features.Registers;

namespace PublicPortal.Web.Features.OpenData;

public sealed class QualityDataset(PortalDbContext db, ReferenceLookup lookup, TimeProvider clock)
    : RegisterDataset<QualityFailure, QualityDataset.Own>(db, lookup, clock)
{
    public sealed record Own(string ProductName, string? Specification, string? Batch, string FailedItems, string? Standard,
        DateOnly InspectedOn, string? InspectionAgency, string? Handling, EnforcementStatus Status);

    protected override RegisterKind Kind => RegisterKind.Quality;
    protected override RegisterListQuery<QualityFailure> ListQuery => RegisterListQueries.Quality;
    public override string Title => "不合格产品及其生产企业";
    public override string Description => "市场监管部门抽检发现的不合格产品、不合格项目、生产企业和处理情况。";
    public override string Frequency => "随时更新（发布或更正即更新）";

    protected override Expression<Func<QualityFailure, Own>> Projection => e => new Own(e.ProductName, e.Specification, e.Batch,
        e.FailedItems, e.Standard, e.InspectedOn, e.InspectionAgency, e.Handling, e.Status);

    protected override IReadOnlyList<Column<Own>> OwnColumns { get; } =
    [
        Column<Own>.Text("product_name", "产品名称", "钢筋混凝土用热轧带肋钢筋", r => r.ProductName),
        Column<Own>.Text("specification", "规格型号", "HRB400E Φ16", r => r.Specification),
        Column<Own>.Text("batch", "生产日期或批号", "20230301", r => r.Batch),
        Column<Own>.Text("failed_items", "不合格项目", "屈服强度", r => r.FailedItems),
        Column<Own>.Text("standard", "检验依据标准", "GB/T 1499.2-2024", r => r.Standard),
        Column<Own>.Date("inspected_on", "抽检日期", "2023-03-15", r => r.InspectedOn),
        Column<Own>.Text("inspection_agency", "检验机构", "某产品质量监督检验所", r => r.InspectionAgency),
        Column<Own>.Text("handling", "处理情况", "责令停止生产、限期整改", r => r.Handling),
        Column<Own>.Text("status", "状态", "整改中", r => r.Status.Name()),
    ];
}
