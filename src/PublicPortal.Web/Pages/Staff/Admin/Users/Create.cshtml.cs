using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PublicPortal.Web.Features.Reference;
using PublicPortal.Web.Features.Staff;
using PublicPortal.Web.Infrastructure;

namespace PublicPortal.Web.Pages.Staff.Admin.Users;

/// <summary>新建账号 with an initial password; the person binds an authenticator app at first sign-in.</summary>
public class CreateModel(StaffAdministration staff, DepartmentAdministration departments) : PageModel
{
    [BindProperty] public InputModel Input { get; set; } = new();
    public RoleDepartmentOptions Options { get; private set; } = new(null, null, []);

    public async Task OnGetAsync(CancellationToken ct) => Options = new(Input.Role, Input.DepartmentId, await departments.ListAsync(ct));

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            var (id, errors) = await staff.CreateAsync(Input.Email!, Input.DisplayName!, Input.Password!, Input.Role!, Input.DepartmentId);
            if (!ModelState.AddErrors(errors))
            {
                TempData["Status"] = $"已创建账号 {Input.Email!.Trim()}。请将初始密码当面或通过安全渠道告知本人；首次登录须绑定身份验证器。";
                return Redirect($"/staff/admin/users/edit?id={id}");
            }
        }
        Input.Password = null; // never echo a password back into the page
        await OnGetAsync(ct);
        return Page();
    }

    public class InputModel
    {
        [Required(ErrorMessage = "请填写邮箱"), EmailAddress(ErrorMessage = "邮箱格式不正确"), StringLength(256, ErrorMessage = "邮箱不超过 256 个字符")]
        public string? Email { get; set; }
        [Required(ErrorMessage = "请填写姓名"), StringLength(64, ErrorMessage = "姓名不超过 64 个字")]
        public string? DisplayName { get; set; }
        [Required(ErrorMessage = "请填写初始密码"), DataType(DataType.Password)]
        public string? Password { get; set; }
        [Required(ErrorMessage = "请选择角色")]
        public string? Role { get; set; }
        public int? DepartmentId { get; set; }
    }
}
