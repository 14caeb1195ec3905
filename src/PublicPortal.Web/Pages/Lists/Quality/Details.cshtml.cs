using Microsoft.AspNetCore.Mvc;
using PublicPortal.Web.Data;
using PublicPortal.Web.Features.Registers;

namespace PublicPortal.Web.Pages.Lists.Quality;

public class DetailsModel(PortalDbContext db) : RegisterDetailsModel<QualityFailure>
{
    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) =>
        await TryLoadAsync(db.QualityFailures, id, ct) ? Page() : NotFound();
}
