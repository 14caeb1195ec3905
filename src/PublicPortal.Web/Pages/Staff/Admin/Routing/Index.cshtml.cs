using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PublicPortal.Web.Features.Reference;
using PublicPortal.Web.Infrastructure;

namespace PublicPortal.Web.Pages.Staff.Admin.Routing;

/// <summary>派单规则 of one jurisdiction (?jurisdiction=440300): who leads and who assists for each subject.</summary>
public class IndexModel(RoutingAdministration routing, ReferenceLookup lookup) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Jurisdiction { get; set; }
    [BindProperty] public InputModel Input { get; set; } = new();
    public IReadOnlyList<Jurisdiction> Jurisdictions { get; private set; } = [];
    public Jurisdiction Place { get; private set; } = null!;
    public IReadOnlyList<RoutingAdministration.Row> Rows { get; private set; } = [];
    public IReadOnlyList<Department> Candidates { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        ModelState.Clear(); // a GET binds Input too; nothing to validate
        return await LoadAsync(ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAddAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        if (ModelState.IsValid
            && !ModelState.AddErrors(await routing.AddAsync(Place.Id, Input.Subject!, Input.DepartmentId!.Value, Input.Role!.Value, ct)))
            return Done($"已增加派单规则：{ReferenceNames.SubjectName(Input.Subject!)}。");
        return Page();
    }

    public async Task<IActionResult> OnPostRemoveAsync(int id, CancellationToken ct) =>
        await LoadAsync(ct) && await routing.RemoveAsync(Place.Id, id, ct) ? Done("已删除该派单规则。") : NotFound();

    public async Task<IActionResult> OnPostMoveAsync(int id, int delta, CancellationToken ct) =>
        await LoadAsync(ct) && await routing.MoveAsync(Place.Id, id, delta, ct) ? Done("已调整顺序。") : NotFound();

    private RedirectResult Done(string status)
    {
        TempData["Status"] = status + "下一件举报即按新规则派单。";
        return Redirect($"/staff/admin/routing?jurisdiction={Place.Code}");
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        Jurisdictions = ReferenceNames.InTreeOrder((await lookup.GetAsync(ct)).Jurisdictions);
        var place = string.IsNullOrEmpty(Jurisdiction)
            ? (Jurisdictions.Count > 0 ? Jurisdictions[0] : null)
            : Jurisdictions.FirstOrDefault(j => j.Code == Jurisdiction);
        if (place is null) return false;
        Place = place;
        Rows = await routing.ListAsync(place.Id, ct);
        Candidates = await routing.CandidatesAsync(place.Id, ct);
        return true;
    }

    public class InputModel
    {
        [Required(ErrorMessage = "请选择事项")] public string? Subject { get; set; }
        [Required(ErrorMessage = "请选择部门")] public int? DepartmentId { get; set; }
        [Required(ErrorMessage = "请选择主办或协办")] public ResponsibilityRole? Role { get; set; }
    }
}
