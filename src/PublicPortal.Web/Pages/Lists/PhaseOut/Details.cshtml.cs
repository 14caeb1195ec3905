using Microsoft.AspNetCore.Mvc;
using PublicPortal.Web.Data;
using PublicPortal.Web.Features.Registers;

namespace PublicPortal.Web.Pages.Lists.PhaseOut;

public class DetailsModel(PortalDbContext db) : RegisterDetailsModel<PhaseOutEntry>
{
    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) =>
        await TryLoadAsync(db.PhaseOutEntries, id, ct) ? Page() : NotFound();
}
