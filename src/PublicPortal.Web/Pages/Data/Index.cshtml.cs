using Microsoft.AspNetCore.Mvc.RazorPages;
using PublicPortal.Web.Features.OpenData;

namespace PublicPortal.Web.Pages.Data;

/// <summary>/data: the open-data catalogue, every dataset with its row count and last change.</summary>
public class IndexModel(DatasetCatalog catalog) : PageModel
{
    public IReadOnlyList<DatasetCatalog.Summary> Datasets { get; private set; } = [];
    public string Publisher => catalog.Publisher;

    public async Task OnGetAsync(CancellationToken ct) => Datasets = await catalog.SummariesAsync(ct);
}
