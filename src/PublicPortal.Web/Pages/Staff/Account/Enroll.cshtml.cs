using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PublicPortal.Web.Data;
using PublicPortal.Web.Features.Audit;
using PublicPortal.Web.Features.Staff;
using QRCoder;

namespace PublicPortal.Web.Pages.Staff.Account;

/// <summary>
/// Binding an authenticator app (TOTP), required of every account before the back office opens: the QR code and the
/// key in text (for people who cannot scan), then one code to prove the app works.
/// </summary>
[Authorize(Policy = StaffServiceCollectionExtensions.EnrollingPolicy)]
public class EnrollModel(UserManager<StaffUser> users, SignInManager<StaffUser> signIn, AuditLog audit, PortalDbContext db) : PageModel
{
    public const string Issuer = "淘汰落后产能平台";

    [BindProperty, Required(ErrorMessage = "请填写验证码"), RegularExpression(@"^\s*\d{3}\s?\d{3}\s*$", ErrorMessage = "验证码为 6 位数字")]
    public string? Code { get; set; }
    public string Key { get; private set; } = "";
    public string QrCodeDataUri { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return RedirectToPage("SignIn");
        if (user.TwoFactorEnabled) return Redirect("/staff");
        await LoadKeyAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return RedirectToPage("SignIn");
        if (ModelState.IsValid
            && await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, Code!.Replace(" ", "")))
        {
            await users.SetTwoFactorEnabledAsync(user, true);
            audit.Record(AuditActions.EnableTwoFactor, $"StaffUser:{user.Id}");
            await db.SaveChangesAsync();
            await signIn.RefreshSignInAsync(user);
            return Redirect("/staff");
        }
        if (ModelState.IsValid) ModelState.AddModelError(nameof(Code), "验证码不正确，请确认手机时间准确后重新输入。");
        await LoadKeyAsync(user);
        return Page();
    }

    private async Task LoadKeyAsync(StaffUser user)
    {
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            // Resetting the key renews the security stamp; re-issue the cookie or the next request is signed out.
            await signIn.RefreshSignInAsync(user);
            key = (await users.GetAuthenticatorKeyAsync(user))!;
        }
        Key = string.Join(' ', key.Chunk(4).Select(c => new string(c))).ToLowerInvariant();
        var uri = $"otpauth://totp/{Uri.EscapeDataString(Issuer)}:{Uri.EscapeDataString(user.Email!)}"
            + $"?secret={key}&issuer={Uri.EscapeDataString(Issuer)}&digits=6";
        using var data = new QRCodeGenerator().CreateQrCode(uri, QRCodeGenerator.ECCLevel.Q);
        var svg = new SvgQRCode(data).GetGraphic(4);
        QrCodeDataUri = "data:image/svg+xml;base64," + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(svg));
    }
}
