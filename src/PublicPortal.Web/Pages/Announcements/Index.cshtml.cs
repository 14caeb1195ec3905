using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PublicPortal.Web.Data;
using PublicPortal.Web.Features.Registers;
using PublicPortal.Web.Infrastructure;

namespace PublicPortal.Web.Pages.Announcements;

public class IndexModel(PortalDbContext db) : PageModel
{
    public const int PageSize = 20;

    public Paged<Row> Result { get; private set; } = new([], 1, PageSize, 0);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        // Read from the query: "page" is also the route value naming the Razor page, so it cannot be a handler parameter.
        if (!PageNumber.TryRead(Request.Query["page"], out var number)) return this.BadRequestPage(PageNumber.Error);
        Result = await db.Announcements.AsNoTracking().Where(a => a.State == Features.Registers.PublicationState.Published)
            .OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id)
            .Select(a => new Row(a.Id, a.Title, a.Summary, a.Department.Name, a.PublishedAt, a.IsSample))
            .ToPageAsync(number, PageSize, ct);
        return Page();
    }

    public string PageUrl(int page) => QueryUrl.With(Request, "page", page == 1 ? null : page.ToString(CultureInfo.InvariantCulture));

    public sealed record Row(int Id, string Title, string Summary, string Department, DateTime PublishedAt, bool IsSample);
}
