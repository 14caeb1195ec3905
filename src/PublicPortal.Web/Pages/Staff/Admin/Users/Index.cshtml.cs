using Microsoft.AspNetCore.Mvc.RazorPages;
using PublicPortal.Web.Features.Staff;

namespace PublicPortal.Web.Pages.Staff.Admin.Users;

public class IndexModel(StaffAdministration staff) : PageModel
{
    public IReadOnlyList<StaffAdministration.Row> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Rows = await staff.ListAsync(ct);
}
