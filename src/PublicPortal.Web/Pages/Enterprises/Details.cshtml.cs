using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PublicPortal.Web.Features.Enterprises;
using PublicPortal.Web.Features.Reference;

namespace PublicPortal.Web.Pages.Enterprises;

public class DetailsModel(EnterpriseProfile profiles) : PageModel
{
    public EnterpriseProfile.Profile Profile { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string creditCode, CancellationToken ct)
    {
        var code = CreditCode.Normalize(creditCode);
        if (!CreditCode.IsValid(code) || await profiles.LoadAsync(code, ct) is not { } profile) return NotFound();
        Profile = profile;
        return Page();
    }
}
