using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PublicPortal.Web.Features.Tips.Handling;

namespace PublicPortal.Web.Pages.Staff.Tips;

/// <summary>An evidence file, decrypted, for a department that handles or handled the tip-off; every download is audited.
/// Never rendered inline: attachment, the sniffed type, nosniff and no-store.</summary>
public class FilesModel(TipDisclosure disclosure) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int id, int fileId, CancellationToken ct)
    {
        if (await disclosure.OpenEvidenceAsync(id, fileId, ct) is not { } file) return NotFound();
        Response.Headers.ContentDisposition = TipDisclosure.ContentDisposition(file.FileName, fileId);
        Response.Headers.XContentTypeOptions = "nosniff";
        Response.Headers.CacheControl = "no-store";
        return File(file.Data, file.ContentType);
    }
}
