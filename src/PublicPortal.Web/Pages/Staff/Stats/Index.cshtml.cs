using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PublicPortal.Web.Data;
using PublicPortal.Web.Features.Reference;
using PublicPortal.Web.Features.Staff;
using PublicPortal.Web.Features.Stats;
using PublicPortal.Web.Infrastructure;

namespace PublicPortal.Web.Pages.Staff.Stats;

/// <summary>运行情况 in the back office: a coordination office sees every department of its jurisdiction (and those below),
/// a department its own row.</summary>
public class IndexModel(TipStatistics statistics, CurrentStaff staff, CalendarProvider calendars, PortalDbContext db) : PageModel
{
    public MonthReport? Report { get; private set; }
    public StatsMonthPicker Picker { get; private set; } = null!;
    public string Scope { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string? month, CancellationToken ct)
    {
        var latest = StatsMonth.FromDate(calendars.Today);
        var chosen = latest;
        if (!string.IsNullOrEmpty(month) && !StatsMonth.TryParse(month, out chosen)) return this.BadRequestPage(StatsMonth.Error);
        Picker = new StatsMonthPicker("/staff/stats", chosen, latest);
        var visible = await staff.VisibleDepartmentsAsync(ct);
        if (staff.DepartmentId is not { } own || visible.Count == 0) return Page();
        var department = await db.Departments.AsNoTracking().Where(d => d.Id == own)
            .Select(d => new { d.Name, Jurisdiction = d.Jurisdiction.Name }).SingleAsync(ct);
        Scope = staff.IsOffice ? $"{department.Jurisdiction}及下辖地区各部门（{department.Name}）" : department.Name;
        Report = await statistics.ForMonthAsync(chosen, visible, includeIdle: true, ct);
        return Page();
    }
}
