using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PublicPortal.Web.Features.Tips.Handling;
using PublicPortal.Web.Infrastructure;

namespace PublicPortal.Web.Pages.Staff.Tips;

/// <summary>
/// An evidence file, decrypted, for a department that handles or handled the tip-off; every download and every view is
/// audited. With <c>?inline</c> an image is shown in place (the tip-off page's &lt;img&gt;); a PDF is always a download.
/// Either way: the sniffed type, nosniff, no-store, same-origin only, and a CSP under which nothing in the file can run.
/// </summary>
public class FilesModel(TipDisclosure disclosure) : PageModel
{
    /// <summary>The policy of a file response: nothing loads or runs, an image shows, and the sandbox gives an opened
    /// file an opaque origin of its own even if a browser mistook it for a page.</summary>
    public const string FilePolicy = "default-src 'none'; img-src 'self'; frame-ancestors 'none'; sandbox";

    public async Task<IActionResult> OnGetAsync(int id, int fileId, CancellationToken ct)
    {
        var inline = Request.Query.ContainsKey("inline");
        if (await disclosure.OpenEvidenceAsync(id, fileId, inline, ct) is not { } file) return NotFound();
        var data = file.Data;
        var image = file.ContentType.StartsWith("image/", StringComparison.Ordinal);
        if (image && !EvidenceCleaner.LooksClean(data, file.ContentType))
        {
            // Stored before uploads were re-encoded: re-encoded on the way out, so no officer receives its metadata.
            // One that does not even decode is handed over as it is, as a download, never shown.
            var (clean, _) = await EvidenceCleaner.CleanAsync(data, file.ContentType, file.FileName, ct);
            image = clean is not null;
            data = clean ?? data;
        }
        Response.Headers.ContentDisposition = TipDisclosure.ContentDisposition(file.FileName, fileId, inline && image);
        Response.Headers.XContentTypeOptions = "nosniff";
        Response.Headers.CacheControl = "no-store";
        Response.Headers.ContentSecurityPolicy = FilePolicy;
        Response.Headers["Cross-Origin-Resource-Policy"] = "same-origin";
        return File(data, file.ContentType);
    }
}
