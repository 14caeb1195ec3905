using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PublicPortal.Web.Features.Reference;
using PublicPortal.Web.Infrastructure;

namespace PublicPortal.Web.Pages.Staff.Admin.Calendar;

/// <summary>工作日历 of one year (?year=2026): holidays on weekdays and make-up working days on weekends.</summary>
public class IndexModel(CalendarAdministration calendar, CalendarProvider provider) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty] public InputModel Input { get; set; } = new();
    public IReadOnlyList<CalendarDay> Days { get; private set; } = [];
    public int Shown => Year ?? provider.Today.Year;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        ModelState.Clear();
        if (Shown is < 2000 or > 2100) return NotFound();
        Days = await calendar.ListAsync(Shown, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAddAsync(CancellationToken ct)
    {
        if (ModelState.IsValid && !ModelState.AddErrors(await calendar.AddAsync(Input.Date!.Value, Input.Kind!.Value, Input.Name!, ct)))
            return Done(Input.Date!.Value.Year, $"已登记 {Input.Date:yyyy-MM-dd}（{Input.Kind!.Value.Name()}）。");
        if (Input.Date is { } d) Year = d.Year;
        Days = await calendar.ListAsync(Shown, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRemoveAsync(DateOnly date, CancellationToken ct) =>
        await calendar.RemoveAsync(date, ct) ? Done(date.Year, $"已删除 {date:yyyy-MM-dd}。") : NotFound();

    private IActionResult Done(int year, string status)
    {
        TempData["Status"] = status + "此后计算的办理期限按新日历。";
        return Redirect($"/staff/admin/calendar?year={year}");
    }

    public class InputModel
    {
        [Required(ErrorMessage = "请填写日期，格式如 2026-10-08")] public DateOnly? Date { get; set; }
        [Required(ErrorMessage = "请选择节假日或调休上班日")] public CalendarDayKind? Kind { get; set; }
        [Required(ErrorMessage = "请填写名称，例如 国庆节"), StringLength(32, ErrorMessage = "名称不超过 32 个字")] public string? Name { get; set; }
    }
}
