using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using PublicPortal.Web.Data;
using PublicPortal.Web.Features.Audit;
using PublicPortal.Web.Features.Publishing;
using PublicPortal.Web.Features.Registers;
using PublicPortal.Web.Features.Staff;

namespace PublicPortal.Web.Pages.Staff.Registers;

/// <summary>An over-emission entry and its penalty (ecology department).</summary>
public class EmissionsModel(PortalDbContext db, CurrentStaff staff, EditorialWorkflow workflow, AuditLog audit, TimeProvider clock)
    : RegisterEditModel<EmissionViolation>(db, staff, workflow, audit, clock)
{
    [BindProperty] public InputModel Input { get; set; } = new();

    protected override void Fill(EmissionViolation e) => Input = new InputModel
    {
        Pollutant = e.Pollutant, Violation = e.Violation, Standard = e.Standard, IsSerious = e.IsSerious, FoundOn = e.FoundOn,
        PenaltyDecisionNumber = e.PenaltyDecisionNumber, PenaltyDecidedOn = e.PenaltyDecidedOn, Penalty = e.Penalty, Status = e.Status,
    };

    protected override void Apply(EmissionViolation e)
    {
        e.Pollutant = Input.Pollutant!.Trim();
        e.Violation = Input.Violation!.Trim();
        e.Standard = string.IsNullOrWhiteSpace(Input.Standard) ? null : Input.Standard.Trim();
        e.IsSerious = Input.IsSerious;
        e.FoundOn = Input.FoundOn!.Value;
        e.PenaltyDecisionNumber = string.IsNullOrWhiteSpace(Input.PenaltyDecisionNumber) ? null : Input.PenaltyDecisionNumber.Trim();
        e.PenaltyDecidedOn = Input.PenaltyDecidedOn;
        e.Penalty = string.IsNullOrWhiteSpace(Input.Penalty) ? null : Input.Penalty.Trim();
        e.Status = Input.Status!.Value;
    }

    protected override IEnumerable<(string Label, string Value)> Snapshot(EmissionViolation e) =>
    [
        ("超标污染物", e.Pollutant), ("违法情形", e.Violation), ("执行标准", e.Standard ?? ""), ("情节严重", e.IsSerious ? "是" : "否"),
        ("发现日期", e.FoundOn.Iso()), ("处罚决定书文号", e.PenaltyDecisionNumber ?? ""), ("处罚决定日期", e.PenaltyDecidedOn?.Iso() ?? ""),
        ("处罚内容", e.Penalty ?? ""), ("状态", e.Status.Name()),
    ];

    public class InputModel
    {
        [Required(ErrorMessage = "请填写超标污染物"), StringLength(100, ErrorMessage = "不超过100字")]
        public string? Pollutant { get; set; }
        [Required(ErrorMessage = "请填写违法情形"), StringLength(500, ErrorMessage = "不超过500字")]
        public string? Violation { get; set; }
        [StringLength(200, ErrorMessage = "不超过200字")]
        public string? Standard { get; set; }
        public bool IsSerious { get; set; }
        [Required(ErrorMessage = "请填写发现日期")]
        public DateOnly? FoundOn { get; set; }
        [StringLength(100, ErrorMessage = "不超过100字")]
        public string? PenaltyDecisionNumber { get; set; }
        public DateOnly? PenaltyDecidedOn { get; set; }
        [StringLength(500, ErrorMessage = "不超过500字")]
        public string? Penalty { get; set; }
        [Required(ErrorMessage = "请选择状态")]
        public EnforcementStatus? Status { get; set; }
    }
}
