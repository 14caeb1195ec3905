using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PublicPortal.Web.Data;
using PublicPortal.Web.Features.Audit;
using PublicPortal.Web.Features.Publishing;
using PublicPortal.Web.Features.Reference;
using PublicPortal.Web.Features.Registers;
using PublicPortal.Web.Features.Staff;
using PublicPortal.Web.Infrastructure;

namespace PublicPortal.Web.Pages.Staff.Registers;

/// <summary>
/// What every register's create/edit form shares: the enterprise by credit code (created when new), the place within the
/// department's area, industry, aspect and year; drafts are edited by the department's officers and leads, published
/// entries are corrected by its lead with a public reason and a readable diff.
/// </summary>
public abstract class RegisterEditModel<T>(
    PortalDbContext db, CurrentStaff staff, EditorialWorkflow workflow, AuditLog audit, TimeProvider clock)
    : PageModel, IRegisterForm where T : RegisterEntry, new()
{
    [BindProperty(SupportsGet = true, Name = "id")] public int? Id { get; set; }
    [BindProperty] public CommonInput Common { get; set; } = new();
    [BindProperty] public string? Reason { get; set; }

    public bool Correcting { get; private set; }
    public IReadOnlyList<Option> Places { get; private set; } = [];
    public IReadOnlyList<Option> Industries { get; private set; } = [];
    public IReadOnlyList<Option> Aspects { get; private set; } = [];
    protected T? Existing { get; private set; }
    protected PortalDbContext Db => db;
    protected EditorialWorkflow Workflow => workflow;
    protected AuditLog Audit => audit;
    protected TimeProvider Clock => clock;
    protected CurrentStaff Staff => staff;

    /// <summary>For handlers on an existing entry (e.g. a card's extension): false answers 404.</summary>
    protected async Task<bool> LoadForActionAsync(CancellationToken ct)
    {
        if (Id is null || !await LoadAsync(ct)) return false;
        if (Existing is { } entry) FillAll(entry);
        ModelState.Clear();
        return true;
    }

    protected RegisterKind Kind => RegisterCatalog.KindOf(typeof(T));

    protected abstract void Fill(T entry);
    protected abstract void Apply(T entry);
    protected abstract IEnumerable<(string Label, string Value)> Snapshot(T entry);
    protected virtual void Validate() { }
    /// <summary>Validation that reads something, e.g. an uploaded file.</summary>
    protected virtual Task ValidateAsync(CancellationToken ct) => Task.CompletedTask;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        if (Existing is { } entry) FillAll(entry);
        else Prefill();
        return Page();
    }

    private void FillAll(T entry)
    {
        Common = new CommonInput
        {
            CreditCode = entry.Enterprise.CreditCode, EnterpriseName = entry.Enterprise.Name, JurisdictionId = entry.JurisdictionId,
            IndustryId = entry.IndustryId, AspectId = entry.AspectId, Year = entry.Year,
        };
        Fill(entry);
    }

    protected virtual void Prefill() => Common.Year ??= clock.TodayInChina().Year;

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        var code = CreditCode.Normalize(Common.CreditCode);
        if (Common.CreditCode is { Length: > 0 } && !CreditCode.IsValid(code))
            ModelState.AddModelError("Common.CreditCode", "统一社会信用代码不正确，请核对（18位，末位为校验码）。");
        if (Common.JurisdictionId is { } place && Places.All(p => p.Id != place))
            ModelState.AddModelError("Common.JurisdictionId", "请选择本部门辖区内的地区。");
        if (Correcting && string.IsNullOrWhiteSpace(Reason)) ModelState.AddModelError(nameof(Reason), "请填写更正原因（将公开显示）。");
        var enterprise = ModelState.IsValid ? await db.Enterprises.FirstOrDefaultAsync(e => e.CreditCode == code, ct) : null;
        if (ModelState.IsValid && enterprise is null && string.IsNullOrWhiteSpace(Common.EnterpriseName))
            ModelState.AddModelError("Common.EnterpriseName", "该信用代码尚无企业记录，请填写企业名称。");
        Validate();
        await ValidateAsync(ct);
        if (!ModelState.IsValid) return Page();

        enterprise ??= db.Enterprises.Add(new Enterprise
        {
            CreditCode = code, Name = Common.EnterpriseName!.Trim(), JurisdictionId = Common.JurisdictionId!.Value,
        }).Entity;
        var now = clock.GetUtcNow().UtcDateTime;
        var entry = Existing ?? db.Add(new T
        {
            DepartmentId = staff.DepartmentId!.Value, State = PublicationState.Draft, CreatedById = staff.Id, PublishedAt = now,
        }).Entity;
        var before = Existing is null ? [] : AllSnapshot(entry);
        entry.Enterprise = enterprise;
        entry.JurisdictionId = Common.JurisdictionId!.Value;
        entry.CityId = Places.Single(p => p.Id == entry.JurisdictionId).CityId;
        entry.IndustryId = Common.IndustryId;
        entry.AspectId = Common.AspectId;
        entry.Year = Common.Year!.Value;
        Apply(entry);
        if (Correcting)
        {
            if (workflow.Correct(Kind, entry, Reason, EditorialWorkflow.Diff(before, AllSnapshot(entry))) is { } error)
            {
                ModelState.AddModelError(string.Empty, error);
                return Page();
            }
        }
        else entry.UpdatedAt = now;
        await db.SaveChangesAsync(ct);
        if (!Correcting)
        {
            audit.Record(Existing is null ? EditorialWorkflow.AuditCreate : EditorialWorkflow.AuditEdit,
                EditorialWorkflow.Subject(Kind, entry.Id),
                Existing is null ? "新建草稿" : "修改草稿", departmentId: entry.DepartmentId);
            await db.SaveChangesAsync(ct);
        }
        OnSaved(entry);
        await db.SaveChangesAsync(ct);
        TempData["Status"] = Correcting ? "已更正并公开更正说明。" : "已保存草稿。";
        return Redirect($"/staff/registers/entry?register={RegisterCatalog.Of(Kind).Slug}&id={entry.Id}");
    }

    /// <summary>After the first save (the entry has its id): e.g. complete the tip-off draft it came from.</summary>
    protected virtual void OnSaved(T entry) { }

    private List<(string Label, string Value)> AllSnapshot(T entry)
    {
        string Name(IReadOnlyList<Option> options, int? id) => options.FirstOrDefault(o => o.Id == id)?.Name ?? "";
        return
        [
            ("企业", entry.Enterprise is null ? "" : $"{entry.Enterprise.Name}（{entry.Enterprise.CreditCode}）"),
            ("所在地", Name(Places, entry.JurisdictionId)), ("行业", Name(Industries, entry.IndustryId)),
            ("依据方面", Name(Aspects, entry.AspectId)), ("年度", entry.Year.ToString(CultureInfo.InvariantCulture)),
            .. Snapshot(entry),
        ];
    }

    /// <summary>
    /// Loads the options and the entry (when editing); false answers 404: another department's entry, or nothing editable.
    /// </summary>
    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (staff.DepartmentId is not { } own || !(staff.IsOfficer || staff.IsLead)) return false;
        if (Id is { } id)
        {
            Existing = await Include(db.Set<T>().IgnoreQueryFilters().Include(e => e.Enterprise)).FirstOrDefaultAsync(e => e.Id == id, ct);
            if (Existing is null || Existing.DepartmentId != own) return false;
            if (!workflow.CanEditDraft(Existing) && !workflow.CanCorrect(Existing)) return false;
            Correcting = Existing.State == PublicationState.Published;
        }
        var department = await db.Departments.AsNoTracking().SingleAsync(d => d.Id == own, ct);
        var all = await db.Jurisdictions.AsNoTracking().OrderBy(j => j.SortOrder).ThenBy(j => j.Code).ToListAsync(ct);
        var area = new HashSet<int> { department.JurisdictionId };
        for (var added = true; added;)
        {
            added = false;
            foreach (var j in all.Where(j => j.ParentId is { } p && area.Contains(p) && !area.Contains(j.Id))) added = area.Add(j.Id);
        }
        Places = all.Where(j => area.Contains(j.Id) && j.Level != JurisdictionLevel.Province)
            .Select(j => new Option(j.Id,
                j.Level == JurisdictionLevel.County ? $"{all.FirstOrDefault(p => p.Id == j.ParentId)?.Name}{j.Name}" : j.Name,
                j.Level == JurisdictionLevel.County ? j.ParentId!.Value : j.Id)).ToList();
        Industries = await db.Industries.AsNoTracking().OrderBy(i => i.SortOrder).Select(i => new Option(i.Id, i.Name, 0)).ToListAsync(ct);
        Aspects = await db.Aspects.AsNoTracking().OrderBy(a => a.SortOrder).Select(a => new Option(a.Id, a.Name, 0)).ToListAsync(ct);
        return await LoadMoreAsync(ct);
    }

    /// <summary>Page-specific loading after the common part; false answers 404.</summary>
    protected virtual Task<bool> LoadMoreAsync(CancellationToken ct) => Task.FromResult(true);

    protected virtual IQueryable<T> Include(IQueryable<T> query) => query;
}

/// <summary>The shared part of every register form, for the _CommonFields partial.</summary>
public interface IRegisterForm
{
    CommonInput Common { get; }
    bool Correcting { get; }
    string? Reason { get; }
    IReadOnlyList<Option> Places { get; }
    IReadOnlyList<Option> Industries { get; }
    IReadOnlyList<Option> Aspects { get; }
}

public sealed record Option(int Id, string Name, int CityId);

public class CommonInput
{
    [Required(ErrorMessage = "请填写统一社会信用代码")]
    public string? CreditCode { get; set; }
    [StringLength(200, ErrorMessage = "企业名称不超过200字")]
    public string? EnterpriseName { get; set; }
    [Required(ErrorMessage = "请选择所在地")]
    public int? JurisdictionId { get; set; }
    public int? IndustryId { get; set; }
    public int? AspectId { get; set; }
    [Required(ErrorMessage = "请填写年度"), Range(2000, 2100, ErrorMessage = "年度应在2000至2100之间")]
    public int? Year { get; set; }
}
