using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PublicPortal.Web.Data;
using PublicPortal.Web.Features.Audit;
using PublicPortal.Web.Features.Publishing;
using PublicPortal.Web.Features.Registers;
using PublicPortal.Web.Features.Staff;
using PublicPortal.Web.Infrastructure;

namespace PublicPortal.Web.Pages.Staff.Registers;

/// <summary>One entry of the department: its state, history and the workflow buttons the signed-in person may use.</summary>
public class EntryModel(PortalDbContext db, CurrentStaff staff, EditorialWorkflow workflow) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "register")] public string? Register { get; set; }
    [BindProperty(SupportsGet = true, Name = "id")] public int? Id { get; set; }
    /// <summary>定时发布 time, China time (datetime-local); empty publishes at once.</summary>
    [BindProperty] public DateTime? ScheduleAt { get; set; }
    [BindProperty] public string? Note { get; set; }
    [BindProperty] public string? Reason { get; set; }

    public RegisterCatalog.Info Info { get; private set; } = null!;
    public IPublishable Entry { get; private set; } = null!;
    public RegisterCatalog.Row Row { get; private set; } = null!;
    public IReadOnlyList<RegisterChange> Changes { get; private set; } = [];
    public IReadOnlyList<AuditEntry> History { get; private set; } = [];
    public EditorialWorkflow Workflow => workflow;
    public bool CanEdit => Info.EditPath is not null && (workflow.CanEditDraft(Entry) || workflow.CanCorrect(Entry));
    public string PublicUrl => $"{Info.PublicPath}/{Entry.Id}";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) =>
        await LoadAsync(ct) ? await ViewAsync(ct) : NotFound();

    public Task<IActionResult> OnPostSubmitAsync(CancellationToken ct) => ActAsync(() => workflow.Submit(Info.Kind, Entry), "已提交审核。", ct);

    public Task<IActionResult> OnPostApproveAsync(CancellationToken ct) => ActAsync(() =>
    {
        DateTime? at = ScheduleAt is { } local ? ChinaTime.ToUtc(local) : null;
        return workflow.Approve(Info.Kind, Entry, at);
    }, ScheduleAt is null ? "已审核通过并发布。" : "已审核通过，将按时发布。", ct);

    public Task<IActionResult> OnPostSendBackAsync(CancellationToken ct) =>
        ActAsync(() => workflow.SendBack(Info.Kind, Entry, Note), "已退回草稿。", ct);

    public Task<IActionResult> OnPostWithdrawAsync(CancellationToken ct) =>
        ActAsync(() => workflow.Withdraw(Info.Kind, Entry, Reason), "已撤回。", ct);

    private async Task<IActionResult> ActAsync(Func<string?> action, string done, CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        if (action() is { } error)
        {
            ModelState.AddModelError(string.Empty, error);
            return await ViewAsync(ct);
        }
        await db.SaveChangesAsync(ct);
        TempData["Status"] = done;
        return RedirectToPage(new { register = Info.Slug, id = Entry.Id });
    }

    /// <summary>Another department's entry is answered exactly like a missing one.</summary>
    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (RegisterCatalog.Find(Register) is not { } info || Id is not { } id) return false;
        Info = info;
        var entry = await RegisterCatalog.FindAsync(db, info.Kind, id, ct);
        if (entry is null || staff.DepartmentId != entry.DepartmentId) return false;
        Entry = entry;
        return true;
    }

    private async Task<IActionResult> ViewAsync(CancellationToken ct)
    {
        Row = await RegisterCatalog.Rows(db, Info.Kind).SingleAsync(r => r.Id == Entry.Id, ct);
        Changes = await db.RegisterChanges.AsNoTracking().Where(c => c.Register == Info.Kind && c.EntryId == Entry.Id)
            .OrderBy(c => c.Id).ToListAsync(ct);
        var subject = EditorialWorkflow.Subject(Info.Kind, Entry.Id);
        History = await db.AuditEntries.AsNoTracking().Where(a => a.Subject == subject).OrderBy(a => a.Id).ToListAsync(ct);
        return Page();
    }
}
