using Microsoft.AspNetCore.Mvc.RazorPages;
using PublicPortal.Web.Data;
using PublicPortal.Web.Features.Publishing;

namespace PublicPortal.Web.Pages.Lists.Annual;

public class IndexModel(PortalDbContext db) : PageModel
{
    public IReadOnlyList<AnnualListQueries.ListYear> Lists { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Lists = await db.AllYearsAsync(ct);
}
