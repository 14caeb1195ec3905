using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PublicPortal.Web.Data;
using PublicPortal.Web.Features.Audit;
using PublicPortal.Web.Features.Staff;

namespace PublicPortal.Web.Pages.Staff.Account;

/// <summary>登录, step one: email and password, with lockout after repeated failures.</summary>
[AllowAnonymous]
public class SignInModel(SignInManager<StaffUser> signIn, UserManager<StaffUser> users, AuditLog audit, PortalDbContext db) : PageModel
{
    [BindProperty] public InputModel Input { get; set; } = new();
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();
        var user = await users.FindByEmailAsync(Input.Email!.Trim());
        if (user is { IsDisabled: true })
        {
            ModelState.AddModelError(string.Empty, "该账号已停用，请联系系统管理员。");
            return Page();
        }
        var result = await signIn.PasswordSignInAsync(user?.UserName ?? Input.Email!, Input.Password!, isPersistent: false, lockoutOnFailure: true);
        if (result.RequiresTwoFactor) return RedirectToPage("TwoFactor", new { ReturnUrl });
        if (result.Succeeded)
        {
            audit.RecordFor(user!.UserName!, user.Id, AuditActions.SignIn, "未启用双因素认证，转入绑定");
            await db.SaveChangesAsync();
            return RedirectToPage("Enroll");
        }
        audit.RecordFor(Input.Email!, user?.Id, AuditActions.SignInFailed, result.IsLockedOut ? "账号锁定" : "密码错误");
        await db.SaveChangesAsync();
        ModelState.AddModelError(string.Empty, result.IsLockedOut
            ? "登录失败次数过多，账号已锁定 15 分钟，请稍后再试。"
            : "邮箱或密码不正确。");
        return Page();
    }

    public class InputModel
    {
        [Required(ErrorMessage = "请填写邮箱"), EmailAddress(ErrorMessage = "邮箱格式不正确")]
        public string? Email { get; set; }
        [Required(ErrorMessage = "请填写密码"), DataType(DataType.Password)]
        public string? Password { get; set; }
    }
}
