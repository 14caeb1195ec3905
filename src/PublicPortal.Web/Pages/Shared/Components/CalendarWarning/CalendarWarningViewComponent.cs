using Microsoft.AspNetCore.Mvc;
using PublicPortal.Web.Features.Reference;
using PublicPortal.Web.Features.Staff;
using PublicPortal.Web.Infrastructure;

namespace PublicPortal.Web.Pages.Shared.Components.CalendarWarning;

/// <summary>
/// Tells administrators on their dashboard that a year's 调休 schedule is missing: this year's always, next year's from
/// 1 November (the State Council usually publishes it in the autumn). Until it is loaded, deadlines in that year are
/// counted Monday–Friday and labelled 暂定.
/// </summary>
public sealed class CalendarWarningViewComponent(CalendarProvider calendars, TimeProvider clock) : ViewComponent
{
    /// <summary>The month from which next year's schedule is expected.</summary>
    public const int WarnFromMonth = 11;

    public async Task<IViewComponentResult> InvokeAsync()
    {
        if (!UserClaimsPrincipal.IsInRole(StaffRoles.Admin)) return Content("");
        var today = clock.TodayInChina();
        var calendar = await calendars.GetAsync();
        var missing = new List<int>();
        if (!calendar.HasYear(today.Year)) missing.Add(today.Year);
        if (today.Month >= WarnFromMonth && !calendar.HasYear(today.Year + 1)) missing.Add(today.Year + 1);
        return missing.Count == 0 ? Content("") : View(missing);
    }
}
