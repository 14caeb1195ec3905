using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PublicPortal.Web.Features.Content;
using PublicPortal.Web.Features.Reference;
using PublicPortal.Web.Features.Requirements;
using PublicPortal.Web.Infrastructure;

namespace PublicPortal.Web.Pages.Requirements;

public class IndexModel(RequirementTables tables, ReferenceLookup lookup, PolicyLibrary library) : PageModel
{
    public ReferenceLookup.Snapshot Refs { get; private set; } = null!;
    public Industry? Industry { get; private set; }
    public Aspect? Aspect { get; private set; }
    public IReadOnlyList<RequirementTables.Table> Tables { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string? industry, string? aspect, CancellationToken ct)
    {
        Refs = await lookup.GetAsync(ct);
        if (!string.IsNullOrEmpty(industry) && (Industry = Refs.Industry(industry)) is null)
            return this.BadRequestPage($"未知的行业代码：{QueryEcho.Clip(industry)}");
        if (!string.IsNullOrEmpty(aspect) && (Aspect = Refs.Aspect(aspect)) is null)
            return this.BadRequestPage($"未知的方面代码：{QueryEcho.Clip(aspect)}");
        Tables = await tables.FindAsync(Industry?.Id, Aspect?.Id, ct);
        return Page();
    }

    public string DocumentTitle(string slug) => library.Find(slug)?.Title ?? slug;
}
