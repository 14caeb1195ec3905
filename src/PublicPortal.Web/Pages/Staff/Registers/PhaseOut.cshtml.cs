using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using PublicPortal.Web.Data;
using PublicPortal.Web.Features.Audit;
using PublicPortal.Web.Features.Publishing;
using PublicPortal.Web.Features.Registers;
using PublicPortal.Web.Features.Staff;

namespace PublicPortal.Web.Pages.Staff.Registers;

public class PhaseOutModel(PortalDbContext db, CurrentStaff staff, EditorialWorkflow workflow, AuditLog audit, TimeProvider clock)
    : RegisterEditModel<PhaseOutEntry>(db, staff, workflow, audit, clock)
{
    [BindProperty] public InputModel Input { get; set; } = new();

    protected override void Fill(PhaseOutEntry e) => Input = new InputModel
    {
        Equipment = e.Equipment, Capacity = e.Capacity, CapacityUnit = e.CapacityUnit, Measure = e.Measure, Status = e.Status,
        CompletedOn = e.CompletedOn, AcceptedOn = e.AcceptedOn, Remarks = e.Remarks,
    };

    protected override void Apply(PhaseOutEntry e)
    {
        e.Equipment = Input.Equipment!.Trim();
        e.Capacity = Input.Capacity!.Value;
        e.CapacityUnit = Input.CapacityUnit!.Trim();
        e.Measure = Input.Measure!.Value;
        e.Status = Input.Status!.Value;
        e.CompletedOn = Input.CompletedOn;
        e.AcceptedOn = Input.AcceptedOn;
        e.Remarks = string.IsNullOrWhiteSpace(Input.Remarks) ? null : Input.Remarks.Trim();
    }

    protected override IEnumerable<(string Label, string Value)> Snapshot(PhaseOutEntry e) =>
    [
        ("设备（生产线）", e.Equipment), ("产能", RegisterLabels.Capacity(e.Capacity)), ("产能单位", e.CapacityUnit),
        ("退出方式", e.Measure.Name()), ("状态", e.Status.Name()), ("完成退出日期", e.CompletedOn?.Iso() ?? ""),
        ("验收日期", e.AcceptedOn?.Iso() ?? ""), ("备注", e.Remarks ?? ""),
    ];

    protected override void Validate()
    {
        if (Input.AcceptedOn is { } accepted && Input.CompletedOn is { } completed && accepted < completed)
            ModelState.AddModelError("Input.AcceptedOn", "验收日期不能早于完成退出日期。");
    }

    public class InputModel
    {
        [Required(ErrorMessage = "请填写主体设备或生产线"), StringLength(200, ErrorMessage = "不超过200字")]
        public string? Equipment { get; set; }
        [Required(ErrorMessage = "请填写产能"), Range(0.0001, 1e9, ErrorMessage = "产能应大于0")]
        public double? Capacity { get; set; }
        [Required(ErrorMessage = "请填写产能单位，例如 万吨/年"), StringLength(20, ErrorMessage = "不超过20字")]
        public string? CapacityUnit { get; set; }
        [Required(ErrorMessage = "请选择退出方式")]
        public PhaseOutMeasure? Measure { get; set; }
        [Required(ErrorMessage = "请选择状态")]
        public PhaseOutStatus? Status { get; set; }
        public DateOnly? CompletedOn { get; set; }
        public DateOnly? AcceptedOn { get; set; }
        [StringLength(1000, ErrorMessage = "备注不超过1000字")]
        public string? Remarks { get; set; }
    }
}
