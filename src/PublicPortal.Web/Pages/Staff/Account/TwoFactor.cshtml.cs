using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PublicPortal.Web.Data;
using PublicPortal.Web.Features.Audit;
using PublicPortal.Web.Features.Staff;

namespace PublicPortal.Web.Pages.Staff.Account;

/// <summary>登录, step two: the six-digit code from the authenticator app.</summary>
[AllowAnonymous]
public class TwoFactorModel(SignInManager<StaffUser> signIn, AuditLog audit, PortalDbContext db) : PageModel
{
    [BindProperty, Required(ErrorMessage = "请填写验证码"), RegularExpression(@"^\s*\d{3}\s?\d{3}\s*$", ErrorMessage = "验证码为 6 位数字")]
    public string? Code { get; set; }
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("SignIn") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null) return RedirectToPage("SignIn");
        if (!ModelState.IsValid) return Page();
        var result = await signIn.TwoFactorAuthenticatorSignInAsync(Code!.Replace(" ", ""), isPersistent: false, rememberClient: false);
        audit.RecordFor(user.UserName!, user.Id, result.Succeeded ? AuditActions.SignIn : AuditActions.SignInFailed,
            result.Succeeded ? "密码 + 身份验证器" : result.IsLockedOut ? "验证码错误，账号锁定" : "验证码错误");
        await db.SaveChangesAsync();
        if (result.Succeeded) return LocalRedirect(Infrastructure.LocalUrl.Within(ReturnUrl, "/staff"));
        ModelState.AddModelError(nameof(Code), result.IsLockedOut ? "失败次数过多，账号已锁定 15 分钟。" : "验证码不正确，请输入身份验证器当前显示的 6 位数字。");
        return Page();
    }
}
