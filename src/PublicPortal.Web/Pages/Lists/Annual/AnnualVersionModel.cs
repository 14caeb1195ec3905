using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PublicPortal.Web.Data;
using PublicPortal.Web.Features.Publishing;

namespace PublicPortal.Web.Pages.Lists.Annual;

/// <summary>One published version of an annual list, shared by the latest-version URL and the permanent per-version URL.</summary>
public abstract class AnnualVersionModel(PortalDbContext db) : PageModel
{
    public AnnualListQueries.ListYear List { get; private set; } = null!;
    public AnnualListQueries.VersionInfo Shown { get; private set; } = null!;
    public IReadOnlyList<AnnualListRow> Rows { get; private set; } = [];
    public AnnualListSummary Summary { get; private set; } = AnnualListSummary.Of([]);
    public bool IsLatest => Shown.Version == List.Latest.Version;

    protected async Task<IActionResult> LoadAsync(string jurisdictionCode, int year, int? version, CancellationToken ct)
    {
        if (await db.FindYearAsync(jurisdictionCode, year, ct) is not { } list) return NotFound();
        var shown = version is { } v ? list.Versions.FirstOrDefault(x => x.Version == v) : list.Latest;
        if (shown is null) return NotFound();
        (List, Shown) = (list, shown);
        Rows = await db.RowsAsync(list.JurisdictionCode, year, shown.Version, ct);
        Summary = AnnualListSummary.Of(Rows.ToList());
        return Page();
    }
}
