using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PublicPortal.Web.Data;
using PublicPortal.Web.Features.Registers;

namespace PublicPortal.Web.Pages.Lists.PhaseOut;

public class DetailsModel(PortalDbContext db) : PageModel
{
    public PhaseOutEntry Entry { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var entry = await db.PhaseOutEntries.AsNoTracking()
            .Include(e => e.Enterprise).Include(e => e.Jurisdiction).Include(e => e.City).Include(e => e.Industry)
            .Include(e => e.Aspect).Include(e => e.Department)
            .FirstOrDefaultAsync(e => e.Id == id, ct);
        if (entry is null) return NotFound();
        Entry = entry;
        return Page();
    }
}
