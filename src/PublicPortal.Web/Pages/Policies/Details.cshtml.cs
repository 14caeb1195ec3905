using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PublicPortal.Web.Data;
using PublicPortal.Web.Features.Content;
using PublicPortal.Web.Features.Reference;

namespace PublicPortal.Web.Pages.Policies;

public class DetailsModel(PolicyLibrary library, ReferenceLookup lookup, PortalDbContext db) : PageModel
{
    public PolicyDocument Document { get; private set; } = null!;
    public string JurisdictionName { get; private set; } = "";
    /// <summary>Whether the document's requirement tables are also published as data on /requirements.</summary>
    public bool HasRequirementTables { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        if (library.Find(slug) is not { } document) return NotFound();
        Document = document;
        JurisdictionName = (await lookup.GetAsync(ct)).Jurisdiction(document.JurisdictionCode)?.Name ?? document.JurisdictionCode;
        HasRequirementTables = await db.IndustryRequirements.AnyAsync(r => r.DocumentSlug == slug, ct);
        return Page();
    }
}
