using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PublicPortal.Web.Data;
using PublicPortal.Web.Features.Reference;
using PublicPortal.Web.Infrastructure;

namespace PublicPortal.Web.Pages.Staff.Admin.Departments;

/// <summary>新建部门 (no id) or 编辑部门 (?id=). The code is entered once, at creation.</summary>
public class EditModel(PortalDbContext db, DepartmentAdministration departments, ReferenceLookup lookup) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Id { get; set; }
    [BindProperty] public InputModel Input { get; set; } = new();
    public IReadOnlyList<Jurisdiction> Jurisdictions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Id is { } id)
        {
            if (await db.Departments.AsNoTracking().SingleOrDefaultAsync(d => d.Id == id, ct) is not { } d) return NotFound();
            Input = new InputModel
            {
                Code = d.Code, Name = d.Name, Kind = d.Kind, JurisdictionId = d.JurisdictionId, Email = d.Email, Phone = d.Phone,
            };
        }
        Jurisdictions = ReferenceNames.InTreeOrder((await lookup.GetAsync(ct)).Jurisdictions);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (Id is not null) ModelState.Remove("Input.Code"); // fixed after creation
        if (ModelState.IsValid)
        {
            var fields = new DepartmentAdministration.Fields(
                Input.Name!, Input.Kind!.Value, Input.JurisdictionId!.Value, Input.Email, Input.Phone);
            IReadOnlyList<AdminError>? errors;
            if (Id is { } id)
            {
                errors = await departments.UpdateAsync(id, fields, ct);
                if (errors is null) return NotFound();
            }
            else errors = (await departments.CreateAsync(Input.Code!, fields, ct)).Errors;
            if (!ModelState.AddErrors(errors))
            {
                TempData["Status"] = $"已保存部门“{Input.Name!.Trim()}”。";
                return Redirect("/staff/admin/departments");
            }
        }
        if (Id is { } existing) Input.Code = await db.Departments.Where(d => d.Id == existing).Select(d => d.Code).SingleOrDefaultAsync(ct);
        Jurisdictions = ReferenceNames.InTreeOrder((await lookup.GetAsync(ct)).Jurisdictions);
        return Page();
    }

    public class InputModel
    {
        [Required(ErrorMessage = "请填写部门代码"), StringLength(48, ErrorMessage = "代码不超过 48 个字符"),
         RegularExpression("^[0-9a-z][0-9a-z-]*$", ErrorMessage = "代码只能包含小写字母、数字和连字符，例如 440300-swj")]
        public string? Code { get; set; }
        [Required(ErrorMessage = "请填写部门名称"), StringLength(128, ErrorMessage = "名称不超过 128 个字")]
        public string? Name { get; set; }
        [Required(ErrorMessage = "请选择部门类型")]
        public DepartmentKind? Kind { get; set; }
        [Required(ErrorMessage = "请选择所属行政区划")]
        public int? JurisdictionId { get; set; }
        [EmailAddress(ErrorMessage = "邮箱格式不正确"), StringLength(256, ErrorMessage = "邮箱不超过 256 个字符")]
        public string? Email { get; set; }
        [StringLength(64, ErrorMessage = "电话不超过 64 个字符")]
        [RegularExpression(@"^[0-9+\-() 、,，转]*$", ErrorMessage = "电话只能包含数字、空格和 + - ( ) 等符号")]
        public string? Phone { get; set; }
    }
}
