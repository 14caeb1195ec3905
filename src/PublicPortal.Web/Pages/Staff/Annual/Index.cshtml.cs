using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PublicPortal.Web.Data;
using PublicPortal.Web.Features.Audit;
using PublicPortal.Web.Features.Publishing;
using PublicPortal.Web.Features.Staff;
using PublicPortal.Web.Infrastructure;

namespace PublicPortal.Web.Pages.Staff.Annual;

/// <summary>年度名单: a coordination office compiles its jurisdiction's annual exit list for a year, previews it and publishes
/// it as the next version. Only offices; the jurisdiction is always the office's own, so no other can be chosen.</summary>
public class IndexModel(PortalDbContext db, CurrentStaff staff, AnnualCompilation compilation, AuditLog audit, TimeProvider clock)
    : PageModel
{
    public string JurisdictionName { get; private set; } = "";
    public string JurisdictionCode { get; private set; } = "";
    public IReadOnlyList<int> Years { get; private set; } = [];
    public int? Year { get; private set; }
    public IReadOnlyList<AnnualListRow> Rows { get; private set; } = [];
    public AnnualListSummary Summary { get; private set; } = AnnualListSummary.Of([]);
    public IReadOnlyList<(int Version, DateTime PublishedAt, string? Note)> Versions { get; private set; } = [];
    public int NextVersion => Versions.Count == 0 ? 1 : Versions.Max(v => v.Version) + 1;

    [BindProperty] public InputModel Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(string? year, CancellationToken ct)
    {
        if (!await LoadOfficeAsync(ct)) return NotFound();
        if (string.IsNullOrEmpty(year)) return Page();
        if (!int.TryParse(year, out var y) || !Years.Contains(y)) return this.BadRequestPage("年度无效。");
        await PreviewAsync(y, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadOfficeAsync(ct)) return NotFound();
        if (Input.Year is not { } year || !Years.Contains(year)) return this.BadRequestPage("年度无效。");
        if (ModelState.IsValid)
        {
            var jurisdiction = await db.Jurisdictions.AsNoTracking().SingleAsync(j => j.Code == JurisdictionCode, ct);
            var result = await compilation.PublishAsync(jurisdiction.Id, year, staff.Id, staff.DepartmentId!.Value, Input.Note, ct);
            if (result.List is { } list)
            {
                audit.Record(AuditActions.PublishAnnualList, $"AnnualList:{JurisdictionCode}/{year}/v{list.Version}",
                    $"{JurisdictionName}{year}年度名单第{list.Version}版，{list.Rows.Count}条。{list.Note}");
                try
                {
                    await db.SaveChangesAsync(ct);
                }
                catch (DbUpdateException)
                {
                    // The unique (jurisdiction, year, version) index: someone else published the same version a moment ago.
                    db.ChangeTracker.Clear();
                    ModelState.AddModelError(string.Empty, "同一版本刚刚已由他人发布，请核对后重试。");
                    await PreviewAsync(year, ct);
                    return Page();
                }
                TempData["Status"] = $"已发布{year}年度名单第{list.Version}版（{list.Rows.Count}条）。";
                return RedirectToPage(new { year });
            }
            ModelState.AddModelError(string.Empty, result.Error!);
        }
        await PreviewAsync(year, ct);
        return Page();
    }

    private async Task<bool> LoadOfficeAsync(CancellationToken ct)
    {
        if (!staff.IsOffice || staff.DepartmentId is not { } own) return false;
        var office = await db.Departments.AsNoTracking().Where(d => d.Id == own)
            .Select(d => new { d.Jurisdiction.Code, d.Jurisdiction.Name }).SingleOrDefaultAsync(ct);
        if (office is null) return false;
        (JurisdictionCode, JurisdictionName) = (office.Code, office.Name);
        var thisYear = clock.TodayInChina().Year;
        Years = Enumerable.Range(AnnualCompilation.FirstYear, thisYear - AnnualCompilation.FirstYear + 1).Reverse().ToList();
        return true;
    }

    private async Task PreviewAsync(int year, CancellationToken ct)
    {
        Year = year;
        Input.Year = year;
        var jurisdiction = await db.Jurisdictions.AsNoTracking().SingleAsync(j => j.Code == JurisdictionCode, ct);
        Rows = await compilation.CompileAsync(jurisdiction.Id, year, ct);
        Summary = AnnualListSummary.Of(Rows.ToList());
        Versions = (await db.AnnualLists.AsNoTracking().Where(l => l.JurisdictionId == jurisdiction.Id && l.Year == year)
                .OrderBy(l => l.Version).Select(l => new { l.Version, l.PublishedAt, l.Note }).ToListAsync(ct))
            .Select(v => (v.Version, v.PublishedAt, v.Note)).ToList();
    }

    public class InputModel
    {
        public int? Year { get; set; }
        [StringLength(1000, ErrorMessage = "说明不超过1000字。")] public string? Note { get; set; }
    }
}
