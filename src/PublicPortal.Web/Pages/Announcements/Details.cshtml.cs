using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PublicPortal.Web.Data;
using PublicPortal.Web.Features.Content;
using PublicPortal.Web.Features.Publishing;
using PublicPortal.Web.Features.Registers;

namespace PublicPortal.Web.Pages.Announcements;

public class DetailsModel(PortalDbContext db, MarkdownRenderer markdown) : PageModel
{
    public View Announcement { get; private set; } = null!;
    /// <summary>The body rendered by the portal's one Markdown pipeline (raw HTML escaped): the only Html.Raw input.</summary>
    public string BodyHtml { get; private set; } = "";
    public ChangeHistory History { get; private set; } = ChangeHistory.None;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var announcement = await db.Announcements.AsNoTracking().Where(a => a.Id == id)
            .Select(a => new View(
                a.Id, a.Title, a.Summary, a.BodyMarkdown, a.Department.Name, a.Jurisdiction.Name, a.PublishedAt, a.IsSample))
            .FirstOrDefaultAsync(ct);
        if (announcement is null) return NotFound();
        Announcement = announcement;
        BodyHtml = markdown.ToHtml(announcement.BodyMarkdown);
        var state = await db.Announcements.AsNoTracking().Where(x => x.Id == id)
            .Select(x => new { x.State, x.WithdrawnAt, x.WithdrawalReason }).SingleAsync(ct);
        History = new ChangeHistory(state.State, state.WithdrawnAt, state.WithdrawalReason,
            (await ChangeHistory.LoadAsync(db, RegisterKind.Announcement, new Features.Announcements.Announcement { Id = id }, ct))
                .Changes);
        return Page();
    }

    public sealed record View(int Id, string Title, string Summary, string BodyMarkdown, string Department, string Jurisdiction,
        DateTime PublishedAt, bool IsSample);
}
