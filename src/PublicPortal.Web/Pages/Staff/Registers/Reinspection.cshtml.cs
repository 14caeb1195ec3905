using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PublicPortal.Web.Data;
using PublicPortal.Web.Features.Audit;
using PublicPortal.Web.Features.Publishing;
using PublicPortal.Web.Features.Registers;
using PublicPortal.Web.Features.Staff;
using PublicPortal.Web.Features.Tips;
using PublicPortal.Web.Features.Tips.Handling;

namespace PublicPortal.Web.Pages.Staff.Registers;

/// <summary>
/// Adds a 复查 record to one of the department's sealing notices. On a draft, officers and the lead may add it; on a
/// published notice only the lead, and the public 变更记录 says so (the page changes in public, like a correction).
/// </summary>
public class ReinspectionModel(PortalDbContext db, CurrentStaff staff, EditorialWorkflow workflow, AuditLog audit) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "notice")] public int? NoticeId { get; set; }
    [BindProperty(SupportsGet = true, Name = "fromTip")] public int? FromTip { get; set; }
    [BindProperty] public InputModel Input { get; set; } = new();

    public SealingNotice Notice { get; private set; } = null!;
    public PublicationDraft? Draft { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        if (Draft is not null)
            Input = new InputModel { Result = ReinspectionResult.ProductionResumed, Notes = $"举报查实：{Draft.Notes}".TrimEnd('：') };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        if (!ModelState.IsValid) return Page();
        var record = new Reinspection
        {
            InspectedOn = Input.InspectedOn!.Value, Inspector = Input.Inspector!.Trim(), Result = Input.Result!.Value,
            Notes = string.IsNullOrWhiteSpace(Input.Notes) ? null : Input.Notes.Trim(),
        };
        Notice.Reinspections.Add(record);
        var summary = $"复查：{record.InspectedOn.Iso()} {record.Result.Name()}";
        if (Notice.State == PublicationState.Published && workflow.Correct(RegisterKind.Sealing, Notice, "新增复查记录", summary) is { } error)
        {
            ModelState.AddModelError(string.Empty, error);
            return Page();
        }
        audit.Record(EditorialWorkflow.AuditEdit, EditorialWorkflow.Subject(RegisterKind.Sealing, Notice.Id),
            "新增" + summary + (Draft is null ? "" : $"（来自举报 {Draft.TipId}）"), Draft?.TipId, Notice.DepartmentId);
        if (Draft is not null) Draft.IsCompleted = true;
        await db.SaveChangesAsync(ct);
        TempData["Status"] = "已添加复查记录。";
        return Redirect($"/staff/registers/entry?register=sealing&id={Notice.Id}");
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (NoticeId is not { } id || staff.DepartmentId is not { } own) return false;
        var notice = await db.SealingNotices.IgnoreQueryFilters().Include(n => n.Enterprise).Include(n => n.Reinspections)
            .FirstOrDefaultAsync(n => n.Id == id, ct);
        if (notice is null || notice.DepartmentId != own) return false;
        if (!workflow.CanEditDraft(notice) && !workflow.CanCorrect(notice)) return false;
        Notice = notice;
        if (FromTip is { } draftId)
        {
            Draft = await db.PublicationDrafts.FirstOrDefaultAsync(d => d.Id == draftId && d.Kind == PublicationDraftKind.Reinspection, ct);
            if (Draft is null || Draft.IsCompleted || Draft.DepartmentId != own) return false;
        }
        return true;
    }

    public class InputModel
    {
        [Required(ErrorMessage = "请填写复查日期")]
        public DateOnly? InspectedOn { get; set; }
        [Required(ErrorMessage = "请填写复查人员或单位"), StringLength(100, ErrorMessage = "不超过100字")]
        public string? Inspector { get; set; }
        [Required(ErrorMessage = "请选择复查结果")]
        public ReinspectionResult? Result { get; set; }
        [StringLength(1000, ErrorMessage = "不超过1000字")]
        public string? Notes { get; set; }
    }
}
