using Microsoft.AspNetCore.Mvc;
using PublicPortal.Web.Data;

namespace PublicPortal.Web.Pages.Lists.Annual;

public class VersionModel(PortalDbContext db) : AnnualVersionModel(db)
{
    public Task<IActionResult> OnGetAsync(string jurisdictionCode, int year, int version, CancellationToken ct) =>
        LoadAsync(jurisdictionCode, year, version, ct);
}
