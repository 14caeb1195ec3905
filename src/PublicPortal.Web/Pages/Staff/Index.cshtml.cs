using Microsoft.AspNetCore.Mvc.RazorPages;

namespace PublicPortal.Web.Pages.Staff;

public class IndexModel : PageModel
{
    public void OnGet() { }
}
