using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PublicPortal.Web.Features.Reference;
using PublicPortal.Web.Infrastructure;

namespace PublicPortal.Web.Pages.Staff.Admin.Calendar;

/// <summary>工作日历 of one year (?year=2026): holidays on weekdays and make-up working days on weekends.</summary>
public class IndexModel(CalendarAdministration calendar, CalendarImport import, CalendarProvider provider) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty] public InputModel Input { get; set; } = new();
    public IReadOnlyList<CalendarDay> Days { get; private set; } = [];
    /// <summary>What was wrong with an uploaded file, line by line (nothing of it was stored).</summary>
    public IReadOnlyList<string> ImportErrors { get; private set; } = [];
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

    /// <summary>Loads a whole year from a CSV file (date,休|班[,name]); all or nothing.</summary>
    public async Task<IActionResult> OnPostImportAsync(IFormFile? file, CancellationToken ct)
    {
        ModelState.Clear();
        if (file is null || file.Length == 0) ImportErrors = ["请选择要导入的 CSV 文件。"];
        else if (file.Length > 64 * 1024) ImportErrors = ["文件过大：节假日安排文件不超过 64 KB。"];
        else
        {
            using var reader = new StreamReader(file.OpenReadStream(), System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            var outcome = await import.ImportAsync(reader, ct);
            if (outcome.Errors.Count == 0)
                return Done(outcome.Years[0],
                    $"已导入 {string.Join("、", outcome.Years)} 年的节假日安排：新增 {outcome.Added} 天，已有 {outcome.AlreadyThere} 天。");
            ImportErrors = outcome.Errors;
            if (outcome.Years.Count > 0) Year = outcome.Years[0];
        }
        Days = await calendar.ListAsync(Shown, ct);
        return Page();
    }

    private RedirectResult Done(int year, string status)
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
