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
        if (user is null || user.IsDisabled)
        {
            // Spend the time of a password check, so that the answer's delay does not tell whether the account exists.
            users.PasswordHasher.VerifyHashedPassword(new StaffUser(), DummyHash.Value, Input.Password!);
            return await FailedAsync(user, user is null ? "账号不存在" : "账号已停用");
        }
        var result = await signIn.PasswordSignInAsync(user.UserName!, Input.Password!, isPersistent: false, lockoutOnFailure: true);
        if (result.RequiresTwoFactor) return RedirectToPage("TwoFactor", new { ReturnUrl });
        if (result.Succeeded)
        {
            audit.RecordFor(user.UserName!, user.Id, AuditActions.SignIn, "未启用双因素认证，转入绑定");
            await db.SaveChangesAsync();
            return RedirectToPage("Enroll");
        }
        return await FailedAsync(user, result.IsLockedOut ? "账号锁定" : "密码错误");
    }

    /// <summary>
    /// One message for every failure — unknown email, wrong password, locked or disabled account — so that the page never
    /// tells a stranger whether an account exists. The audit log (administrators only) keeps the real reason.
    /// </summary>
    public const string FailureMessage = "登录失败：邮箱或密码不正确，或账号已被锁定或停用。连续输错 5 次将锁定 15 分钟；如需帮助，请联系系统管理员。";

    private static readonly Lazy<string> DummyHash =
        new(() => new PasswordHasher<StaffUser>().HashPassword(new StaffUser(), "not-a-password"));

    private async Task<IActionResult> FailedAsync(StaffUser? user, string reason)
    {
        audit.RecordFor(Input.Email!, user?.Id, AuditActions.SignInFailed, reason);
        await db.SaveChangesAsync();
        ModelState.AddModelError(string.Empty, FailureMessage);
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
