using Microsoft.AspNetCore.Mvc;
using PublicPortal.Web.Data;
using PublicPortal.Web.Features.Registers;

namespace PublicPortal.Web.Pages.Lists.Emissions;

public class DetailsModel(PortalDbContext db) : RegisterDetailsModel<EmissionViolation>
{
    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) =>
        await TryLoadAsync(db.EmissionViolations, id, ct) ? Page() : NotFound();
}
