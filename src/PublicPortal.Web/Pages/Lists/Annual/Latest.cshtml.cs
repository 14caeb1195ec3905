using Microsoft.AspNetCore.Mvc;
using PublicPortal.Web.Data;

namespace PublicPortal.Web.Pages.Lists.Annual;

public class LatestModel(PortalDbContext db) : AnnualVersionModel(db)
{
    public Task<IActionResult> OnGetAsync(string jurisdictionCode, int year, CancellationToken ct) =>
        LoadAsync(jurisdictionCode, year, null, ct);
}
