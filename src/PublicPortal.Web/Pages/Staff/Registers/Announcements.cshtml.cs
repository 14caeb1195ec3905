using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PublicPortal.Web.Data;
using PublicPortal.Web.Features.Announcements;
using PublicPortal.Web.Features.Audit;
using PublicPortal.Web.Features.Content;
using PublicPortal.Web.Features.Publishing;
using PublicPortal.Web.Features.Registers;
using PublicPortal.Web.Features.Staff;

namespace PublicPortal.Web.Pages.Staff.Registers;

/// <summary>
/// An announcement in Markdown. 预览 posts the form and re-renders it with the body rendered by the portal's one pipeline
/// (raw HTML escaped), so it works without JavaScript. Drafts are edited by the department; published ones corrected by its lead.
/// </summary>
public class AnnouncementsModel(
    PortalDbContext db, CurrentStaff staff, EditorialWorkflow workflow, AuditLog audit, MarkdownRenderer markdown, TimeProvider clock)
    : PageModel
{
    [BindProperty(SupportsGet = true, Name = "id")] public int? Id { get; set; }
    [BindProperty] public InputModel Input { get; set; } = new();
    [BindProperty] public string? Reason { get; set; }

    public bool Correcting { get; private set; }
    /// <summary>Only ever <see cref="MarkdownRenderer"/> output.</summary>
    public string? PreviewHtml { get; private set; }
    private Announcement? _existing;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        if (_existing is { } a) Input = new InputModel { Title = a.Title, Summary = a.Summary, Body = a.BodyMarkdown };
        return Page();
    }

    /// <summary>Set by the 预览 button (name="preview"): re-render with the preview instead of saving.</summary>
    [BindProperty] public string? Preview { get; set; }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        if (Preview is not null)
        {
            ModelState.Clear(); // a preview is not a save: no validation messages yet
            PreviewHtml = markdown.ToHtml(Input.Body ?? "");
            return Page();
        }
        if (Correcting && string.IsNullOrWhiteSpace(Reason)) ModelState.AddModelError(nameof(Reason), "请填写更正原因（将公开显示）。");
        if (!ModelState.IsValid) return Page();
        var now = clock.GetUtcNow().UtcDateTime;
        var department = await db.Departments.AsNoTracking().SingleAsync(d => d.Id == staff.DepartmentId, ct);
        var entry = _existing ?? db.Announcements.Add(new Announcement
        {
            DepartmentId = department.Id, JurisdictionId = department.JurisdictionId, State = PublicationState.Draft,
            CreatedById = staff.Id, PublishedAt = now,
        }).Entity;
        var before = Snapshot(entry);
        var bodyBefore = entry.BodyMarkdown;
        entry.Title = Input.Title!.Trim();
        entry.Summary = Input.Summary!.Trim();
        entry.BodyMarkdown = Input.Body!.Trim();
        if (Correcting)
        {
            var details = Details(before, Snapshot(entry), bodyBefore != entry.BodyMarkdown);
            if (workflow.Correct(RegisterKind.Announcement, entry, Reason, details) is { } error)
            {
                ModelState.AddModelError(string.Empty, error);
                return Page();
            }
            await db.SaveChangesAsync(ct);
        }
        else
        {
            entry.UpdatedAt = now;
            await db.SaveChangesAsync(ct);
            audit.Record(_existing is null ? EditorialWorkflow.AuditCreate : EditorialWorkflow.AuditEdit,
                EditorialWorkflow.Subject(RegisterKind.Announcement, entry.Id),
                _existing is null ? "新建草稿" : "修改草稿", departmentId: entry.DepartmentId);
            await db.SaveChangesAsync(ct);
        }
        TempData["Status"] = Correcting ? "已更正并公开更正说明。" : "已保存草稿。";
        return Redirect($"/staff/registers/entry?register=announcements&id={entry.Id}");
    }

    private static List<(string, string)> Snapshot(Announcement a) => [("标题", a.Title), ("摘要", a.Summary)];

    /// <summary>Title and summary verbatim; the body only as "正文：已修改" (a Markdown diff is not readable on a public page).</summary>
    private static string Details(List<(string, string)> before, List<(string, string)> after, bool bodyChanged) =>
        string.Join("；", new[] { EditorialWorkflow.Diff(before, after), bodyChanged ? "正文：已修改" : "" }.Where(d => d.Length > 0));

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (staff.DepartmentId is not { } own || !(staff.IsOfficer || staff.IsLead)) return false;
        if (Id is not { } id) return true;
        _existing = await db.Announcements.IgnoreQueryFilters().FirstOrDefaultAsync(a => a.Id == id, ct);
        if (_existing is null || _existing.DepartmentId != own) return false;
        if (!workflow.CanEditDraft(_existing) && !workflow.CanCorrect(_existing)) return false;
        Correcting = _existing.State == PublicationState.Published;
        return true;
    }

    public class InputModel
    {
        [Required(ErrorMessage = "请填写标题"), StringLength(200, ErrorMessage = "标题不超过200字")]
        public string? Title { get; set; }
        [Required(ErrorMessage = "请填写摘要"), StringLength(500, ErrorMessage = "摘要不超过500字")]
        public string? Summary { get; set; }
        [Required(ErrorMessage = "请填写正文"), StringLength(50000, ErrorMessage = "正文不超过50000字")]
        public string? Body { get; set; }
    }
}
