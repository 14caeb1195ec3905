using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PublicPortal.Web.Features.Reference;
using PublicPortal.Web.Features.Staff;
using PublicPortal.Web.Infrastructure;

namespace PublicPortal.Web.Pages.Staff.Admin.Users;

/// <summary>管理账号: role and department, disable/enable, reset two-factor, reset password. Each is its own form.</summary>
public class EditModel(StaffAdministration staff, DepartmentAdministration departments) : PageModel
{
    [BindProperty(SupportsGet = true)] public int Id { get; set; }
    [BindProperty] public InputModel Input { get; set; } = new();
    [BindProperty] public string? NewPassword { get; set; }
    public StaffUser Person { get; private set; } = null!;
    public bool IsCustodian { get; private set; }
    public RoleDepartmentOptions Options { get; private set; } = new(null, null, []);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        Input = new InputModel { Role = await staff.RoleOfAsync(Person), DepartmentId = Person.DepartmentId };
        Options = new(Input.Role, Input.DepartmentId, await departments.ListAsync(ct));
        return Page();
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct) =>
        ActAsync(() => staff.ChangeAsync(Person, Input.Role ?? "", Input.DepartmentId), "已保存角色和部门。", ct, keepInput: true);

    public Task<IActionResult> OnPostCustodianAsync(bool grant, CancellationToken ct) =>
        ActAsync(() => staff.SetCustodianAsync(Person, grant), grant ? "已授予信息保管人角色。" : "已取消信息保管人角色。", ct);

    public Task<IActionResult> OnPostDisableAsync(CancellationToken ct) =>
        ActAsync(() => staff.SetDisabledAsync(Person, true), "账号已停用，其所有会话已失效。", ct);

    public Task<IActionResult> OnPostEnableAsync(CancellationToken ct) =>
        ActAsync(() => staff.SetDisabledAsync(Person, false), "账号已启用。", ct);

    public Task<IActionResult> OnPostResetTwoFactorAsync(CancellationToken ct) =>
        ActAsync(async () => { await staff.ResetTwoFactorAsync(Person); return []; }, "已重置双因素认证：本人下次登录须重新绑定身份验证器。", ct);

    public Task<IActionResult> OnPostResetPasswordAsync(CancellationToken ct) =>
        ActAsync(() => string.IsNullOrEmpty(NewPassword)
            ? Task.FromResult<IReadOnlyList<AdminError>>([new("NewPassword", "请填写新密码")])
            : staff.ResetPasswordAsync(Person, NewPassword), "已重置密码，其所有会话已失效。请通过安全渠道告知本人。", ct);

    /// <summary>Runs one action; on success redirects back here with a status line, otherwise shows the errors.</summary>
    private async Task<IActionResult> ActAsync(
        Func<Task<IReadOnlyList<AdminError>>> action, string done, CancellationToken ct, bool keepInput = false)
    {
        var posted = Input;
        ModelState.Clear(); // each form validates its own fields (below), not the other forms' ones
        if (!await LoadAsync(ct)) return NotFound();
        var errors = await action();
        foreach (var e in errors)
            ModelState.AddModelError(
                e.Field switch { "" => string.Empty, "NewPassword" => "NewPassword", var f => "Input." + f }, e.Message);
        if (errors.Count == 0)
        {
            TempData["Status"] = done;
            return Redirect($"/staff/admin/users/edit?id={Id}");
        }
        NewPassword = null;
        Input = keepInput ? posted : new InputModel { Role = await staff.RoleOfAsync(Person), DepartmentId = Person.DepartmentId };
        Options = new(Input.Role, Input.DepartmentId, await departments.ListAsync(ct));
        return Page();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (await staff.FindAsync(Id, ct) is not { } person) return false;
        Person = person;
        IsCustodian = await staff.IsCustodianAsync(person);
        return true;
    }

    public class InputModel
    {
        public string? Role { get; set; }
        public int? DepartmentId { get; set; }
    }
}
