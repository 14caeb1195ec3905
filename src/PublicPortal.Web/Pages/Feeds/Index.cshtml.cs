using Microsoft.AspNetCore.Mvc.RazorPages;
using PublicPortal.Web.Features.Reference;

namespace PublicPortal.Web.Pages.Feeds;

/// <summary>/feeds: every Atom feed, the per-place ones grouped by city.</summary>
public class IndexModel(ReferenceLookup lookup) : PageModel
{
    public ReferenceLookup.Snapshot Refs { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => Refs = await lookup.GetAsync(ct);
}
