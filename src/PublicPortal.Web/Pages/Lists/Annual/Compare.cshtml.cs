using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PublicPortal.Web.Data;
using PublicPortal.Web.Features.Publishing;
using PublicPortal.Web.Infrastructure;

namespace PublicPortal.Web.Pages.Lists.Annual;

/// <summary>What a correction changed: rows added, removed and changed between two versions (by default the last two).</summary>
public class CompareModel(PortalDbContext db) : PageModel
{
    public AnnualListQueries.ListYear List { get; private set; } = null!;
    public int From { get; private set; }
    public int To { get; private set; }
    public AnnualListDiff Diff { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string jurisdictionCode, int year, string? from, string? to, CancellationToken ct)
    {
        if (await db.FindYearAsync(jurisdictionCode, year, ct) is not { } list) return NotFound();
        var latest = list.Latest.Version;
        int f = latest - 1, t = latest;
        if (!string.IsNullOrEmpty(from) && !int.TryParse(from, out f) || !string.IsNullOrEmpty(to) && !int.TryParse(to, out t))
            return this.BadRequestPage("版本号应为数字，例如 from=1&to=2。");
        if (latest == 1 && string.IsNullOrEmpty(from) && string.IsNullOrEmpty(to)) return this.BadRequestPage("该名单只有一个版本，没有可对比的内容。");
        if (f == t) return this.BadRequestPage("请选择两个不同的版本进行对比。");
        if (list.Versions.All(v => v.Version != f) || list.Versions.All(v => v.Version != t)) return NotFound();
        (List, From, To) = (list, f, t);
        var fromRows = await db.RowsAsync(list.JurisdictionCode, year, f, ct);
        var toRows = await db.RowsAsync(list.JurisdictionCode, year, t, ct);
        Diff = AnnualListDiff.Between(fromRows, toRows);
        return Page();
    }
}
