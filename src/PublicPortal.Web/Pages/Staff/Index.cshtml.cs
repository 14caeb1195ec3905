using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PublicPortal.Web.Data;
using PublicPortal.Web.Features.Tips;
using PublicPortal.Web.Features.Tips.Handling;
using PublicPortal.Web.Infrastructure;

namespace PublicPortal.Web.Pages.Staff;

/// <summary>待办队列: the department's active items by deadline; the office also sees what waits for it and the whole jurisdiction.</summary>
public class IndexModel(StaffQueue queue, TipAccess access, PortalDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)] public TipStatus? Status { get; set; }
    [BindProperty(SupportsGet = true)] public TipCategory? Category { get; set; }
    [BindProperty(SupportsGet = true)] public int? Place { get; set; }
    [BindProperty(SupportsGet = true)] public bool Overdue { get; set; }
    /// <summary>"all": a coordination office's view of every department it oversees.</summary>
    [BindProperty(SupportsGet = true)] public string? Scope { get; set; }

    public TipActor Actor { get; private set; } = null!;
    public StaffQueue.Result Result { get; private set; } = null!;
    public IReadOnlyList<StaffQueue.FollowUpRow> Dissatisfied { get; private set; } = [];
    public IReadOnlyList<(int Id, string Name)> Places { get; private set; } = [];
    public bool WholeJurisdiction => Actor.IsOffice && Scope == "all";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        // Read from the query: "page" is also the route value naming the Razor page.
        if (!PageNumber.TryRead(Request.Query["page"], out var page)) return this.BadRequestPage(PageNumber.Error);
        Actor = await access.ActorAsync(ct);
        Result = await queue.LoadAsync(Actor, new StaffQueue.Filter(Status, Category, Place, Overdue, WholeJurisdiction, page), ct);
        Dissatisfied = await queue.DissatisfiedAsync(Actor, ct);
        var departments = Actor.Visible.ToList();
        Places = (await db.Departments.AsNoTracking().Where(d => departments.Contains(d.Id))
                .Select(d => new { d.Jurisdiction.Id, d.Jurisdiction.Name, d.Jurisdiction.Code }).Distinct().ToListAsync(ct))
            .OrderBy(j => j.Code).Select(j => (j.Id, j.Name)).ToList();
        return Page();
    }

    public string PageUrl(int page) => QueryUrl.With(Request, "page", page == 1 ? null : page.ToString(CultureInfo.InvariantCulture));
}
