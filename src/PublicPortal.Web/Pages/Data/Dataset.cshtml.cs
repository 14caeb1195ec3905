using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PublicPortal.Web.Data;
using PublicPortal.Web.Features.OpenData;
using PublicPortal.Web.Features.Publishing;
using PublicPortal.Web.Features.Registers;
using PublicPortal.Web.Infrastructure;

namespace PublicPortal.Web.Pages.Data;

/// <summary>/data/{slug}: one dataset's facts, data dictionary, every download link and its change log (paged).</summary>
public class DatasetModel(DatasetCatalog catalog, PortalDbContext db) : PageModel
{
    public const int ChangesPerPage = 20;

    public Dataset Dataset { get; private set; } = null!;
    public DatasetVersion Version { get; private set; } = null!;
    public string Publisher => catalog.Publisher;
    public IReadOnlyList<int> Years { get; private set; } = [];
    public IReadOnlyList<AnnualListQueries.ListYear> AnnualLists { get; private set; } = [];
    public Paged<ChangeLog.Row> Changes { get; private set; } = new([], 1, ChangesPerPage, 0);

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        if (catalog.Find(slug) is not { } dataset) return NotFound();
        if (!PageNumber.TryRead(Request.Query["page"], out var page)) return this.BadRequestPage(PageNumber.Error);
        Dataset = dataset;
        Version = (await catalog.SummaryAsync(dataset, ct)).Version;
        Years = await dataset.YearsAsync(ct);
        if (dataset is AnnualListDataset) AnnualLists = await db.AllYearsAsync(ct);
        if (dataset.ChangeKind is { } kind)
            Changes = await ChangeLog.Query(db, kind, newestFirst: true).ToPageAsync(page, ChangesPerPage, ct);
        return Page();
    }

    /// <summary>The public page of a changed entry (registers and announcements alike: list path + id).</summary>
    public string EntryUrl(int id) => $"{Dataset.ListPath}/{id}";

    public string PageUrl(int page) => QueryUrl.With(Request, "page", page == 1 ? null : page.ToString(CultureInfo.InvariantCulture));
}
