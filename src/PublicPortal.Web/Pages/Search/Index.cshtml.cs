using Microsoft.AspNetCore.Mvc.RazorPages;
using PublicPortal.Web.Features.Search;
using PublicPortal.Web.Infrastructure;

namespace PublicPortal.Web.Pages.Search;

public class IndexModel(SiteSearch search) : PageModel
{
    public string? Keyword { get; private set; }
    public SiteSearch.Results? Results { get; private set; }

    public async Task OnGetAsync(string? q, CancellationToken ct)
    {
        Keyword = SearchKeyword.Clamp(q);
        if (Keyword is not null) Results = await search.SearchAsync(Keyword, ct);
    }
}
