using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PublicPortal.Web.Data;
using PublicPortal.Web.Features.Audit;
using PublicPortal.Web.Features.Staff;

namespace PublicPortal.Web.Pages.Staff.Account;

/// <summary>退出登录: also renews the security stamp, so a copied cookie stops working too.</summary>
[Authorize(Policy = StaffServiceCollectionExtensions.EnrollingPolicy)]
public class SignOutModel(SignInManager<StaffUser> signIn, UserManager<StaffUser> users, AuditLog audit, PortalDbContext db) : PageModel
{
    public IActionResult OnGet() => Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await users.GetUserAsync(User) is { } user)
        {
            audit.Record(AuditActions.SignOut, $"StaffUser:{user.Id}");
            await db.SaveChangesAsync();
            await users.UpdateSecurityStampAsync(user);
        }
        await signIn.SignOutAsync();
        return RedirectToPage("SignIn");
    }
}
