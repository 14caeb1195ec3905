using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PublicPortal.Web.Features.Reference;
using PublicPortal.Web.Features.Stats;
using PublicPortal.Web.Infrastructure;

namespace PublicPortal.Web.Pages.Stats;

/// <summary>The public monthly bulletin (运行情况通报): per-department aggregates only, cached like every public page.</summary>
public class IndexModel(TipStatistics statistics, CalendarProvider calendars) : PageModel
{
    public MonthReport Report { get; private set; } = null!;
    public StatsMonthPicker Picker { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string? month, CancellationToken ct)
    {
        var latest = StatsMonth.FromDate(calendars.Today);
        var chosen = latest;
        if (!string.IsNullOrEmpty(month) && !StatsMonth.TryParse(month, out chosen)) return this.BadRequestPage(StatsMonth.Error);
        Report = await statistics.ForMonthAsync(chosen, departments: null, includeIdle: false, ct);
        // Asked for nothing in particular: a month without data yet (early in a month) gives way to the latest one with data.
        if (string.IsNullOrEmpty(month) && Report.IsEmpty
            && await statistics.LatestEarlierMonthWithDataAsync(chosen, departments: null, ct) is { } earlier)
        {
            chosen = earlier;
            Report = await statistics.ForMonthAsync(chosen, departments: null, includeIdle: false, ct);
        }
        Picker = new StatsMonthPicker("/stats", chosen, latest);
        return Page();
    }
}
