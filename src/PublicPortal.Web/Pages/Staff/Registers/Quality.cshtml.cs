using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using PublicPortal.Web.Data;
using PublicPortal.Web.Features.Audit;
using PublicPortal.Web.Features.Publishing;
using PublicPortal.Web.Features.Registers;
using PublicPortal.Web.Features.Staff;

namespace PublicPortal.Web.Pages.Staff.Registers;

/// <summary>An unqualified product and its maker (market regulator).</summary>
public class QualityModel(PortalDbContext db, CurrentStaff staff, EditorialWorkflow workflow, AuditLog audit, TimeProvider clock)
    : RegisterEditModel<QualityFailure>(db, staff, workflow, audit, clock)
{
    [BindProperty] public InputModel Input { get; set; } = new();

    protected override void Fill(QualityFailure e) => Input = new InputModel
    {
        ProductName = e.ProductName, Specification = e.Specification, Batch = e.Batch, FailedItems = e.FailedItems, Standard = e.Standard,
        InspectedOn = e.InspectedOn, InspectionAgency = e.InspectionAgency, Handling = e.Handling, Status = e.Status,
    };

    protected override void Apply(QualityFailure e)
    {
        e.ProductName = Input.ProductName!.Trim();
        e.Specification = string.IsNullOrWhiteSpace(Input.Specification) ? null : Input.Specification.Trim();
        e.Batch = string.IsNullOrWhiteSpace(Input.Batch) ? null : Input.Batch.Trim();
        e.FailedItems = Input.FailedItems!.Trim();
        e.Standard = string.IsNullOrWhiteSpace(Input.Standard) ? null : Input.Standard.Trim();
        e.InspectedOn = Input.InspectedOn!.Value;
        e.InspectionAgency = string.IsNullOrWhiteSpace(Input.InspectionAgency) ? null : Input.InspectionAgency.Trim();
        e.Handling = string.IsNullOrWhiteSpace(Input.Handling) ? null : Input.Handling.Trim();
        e.Status = Input.Status!.Value;
    }

    protected override IEnumerable<(string Label, string Value)> Snapshot(QualityFailure e) =>
    [
        ("产品名称", e.ProductName), ("规格型号", e.Specification ?? ""), ("生产日期或批号", e.Batch ?? ""), ("不合格项目", e.FailedItems),
        ("检验依据", e.Standard ?? ""), ("抽检日期", e.InspectedOn.Iso()), ("检验机构", e.InspectionAgency ?? ""),
        ("处理情况", e.Handling ?? ""), ("状态", e.Status.Name()),
    ];

    public class InputModel
    {
        [Required(ErrorMessage = "请填写产品名称"), StringLength(200, ErrorMessage = "不超过200字")]
        public string? ProductName { get; set; }
        [StringLength(100, ErrorMessage = "不超过100字")]
        public string? Specification { get; set; }
        [StringLength(100, ErrorMessage = "不超过100字")]
        public string? Batch { get; set; }
        [Required(ErrorMessage = "请填写不合格项目"), StringLength(500, ErrorMessage = "不超过500字")]
        public string? FailedItems { get; set; }
        [StringLength(200, ErrorMessage = "不超过200字")]
        public string? Standard { get; set; }
        [Required(ErrorMessage = "请填写抽检日期")]
        public DateOnly? InspectedOn { get; set; }
        [StringLength(200, ErrorMessage = "不超过200字")]
        public string? InspectionAgency { get; set; }
        [StringLength(500, ErrorMessage = "不超过500字")]
        public string? Handling { get; set; }
        [Required(ErrorMessage = "请选择状态")]
        public EnforcementStatus? Status { get; set; }
    }
}
