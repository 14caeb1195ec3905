using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PublicPortal.Web.Data;
using PublicPortal.Web.Features.Content;
using PublicPortal.Web.Features.Registers;

namespace PublicPortal.Web.Pages;

public class IndexModel(PortalDbContext db, PolicyLibrary policies, RecentUpdates recent) : PageModel
{
    public IReadOnlyList<AnnouncementLink> Announcements { get; private set; } = [];
    public IReadOnlyList<RecentUpdates.Update> Updates { get; private set; } = [];
    public IReadOnlyList<PolicyDocument> Policies => policies.Documents;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Announcements = await db.Announcements.AsNoTracking()
            .Where(a => a.State == Features.Registers.PublicationState.Published).OrderByDescending(a => a.PublishedAt).Take(6)
            .Select(a => new AnnouncementLink(a.Id, a.Title, a.PublishedAt, a.IsSample)).ToListAsync(ct);
        Updates = await recent.LatestAsync(8, ct);
    }

    public sealed record AnnouncementLink(int Id, string Title, DateTime PublishedAt, bool IsSample);
}
