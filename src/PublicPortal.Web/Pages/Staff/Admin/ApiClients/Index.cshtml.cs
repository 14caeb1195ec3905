using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PublicPortal.Web.Features.Open311;

namespace PublicPortal.Web.Pages.Staff.Admin.ApiClients;

/// <summary>接口密钥: the partner systems allowed to file tip-offs through Open311, and revoking one.</summary>
public class IndexModel(ApiKeys keys) : PageModel
{
    public IReadOnlyList<ApiKeys.Row> Clients { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Clients = await keys.ListAsync(ct);

    public async Task<IActionResult> OnPostRevokeAsync(int? id, CancellationToken ct)
    {
        if (id is not { } clientId || !await keys.RevokeAsync(clientId, ct)) return NotFound();
        TempData["Status"] = "已吊销该接口密钥，持有它的系统从此无法再提交举报。";
        return Redirect("/staff/admin/apiclients");
    }
}
