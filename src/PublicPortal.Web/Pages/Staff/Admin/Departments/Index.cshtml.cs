using Microsoft.AspNetCore.Mvc.RazorPages;
using PublicPortal.Web.Features.Reference;

namespace PublicPortal.Web.Pages.Staff.Admin.Departments;

public class IndexModel(DepartmentAdministration departments) : PageModel
{
    public IReadOnlyList<DepartmentAdministration.Group> Groups { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Groups = await departments.ListAsync(ct);
}
