using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PublicPortal.Web.Data;

namespace PublicPortal.Web.Pages.Files;

/// <summary>A public file, e.g. a sealing notice's signed pledge: only while the entry it belongs to is public (the
/// registers' query filter decides), with the type checked at upload and a download disposition.</summary>
public class DownloadModel(PortalDbContext db) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await db.SealingNotices.AnyAsync(n => n.PledgeScanId == id, ct)) return NotFound();
        var file = await db.PublishedFiles.AsNoTracking().FirstOrDefaultAsync(f => f.Id == id, ct);
        return file is null ? NotFound() : File(file.Data, file.ContentType, file.FileName);
    }
}
