using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PublicPortal.Web.Features.Staff;

namespace PublicPortal.Web.Pages.Staff.Account;

/// <summary>Where authorization failures land: an account without two-factor goes to enrolment; otherwise 403.</summary>
[AllowAnonymous]
public class DeniedModel : PageModel
{
    public IActionResult OnGet()
    {
        if (User.Identity?.IsAuthenticated != true) return RedirectToPage("SignIn");
        if (!User.HasClaim(StaffClaims.TwoFactor, "1")) return RedirectToPage("Enroll");
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return Page();
    }
}
