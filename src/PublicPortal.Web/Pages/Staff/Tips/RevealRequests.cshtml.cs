using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PublicPortal.Web.Features.Staff;
using PublicPortal.Web.Features.Tips.Handling;

namespace PublicPortal.Web.Pages.Staff.Tips;

/// <summary>
/// 身份查看审批: the 信息保管人's queue of requests to see a named tipster's identity in their city, each with the reason
/// and a form to approve or refuse. Not a custodian, or a request of another city: 404. The identity is never shown here.
/// </summary>
public class RevealRequestsModel(IdentityReveal reveal, CurrentStaff staff) : PageModel
{
    [TempData] public string? Flash { get; set; }
    public IReadOnlyList<IdentityReveal.QueueItem> Pending { get; private set; } = [];
    public IReadOnlyList<IdentityReveal.QueueItem> Decided { get; private set; } = [];
    /// <summary>The request a refused refusal was for, and the text typed, shown again.</summary>
    public int? FailedRequestId { get; private set; }
    public string? RefusalReason { get; private set; }

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => ShowAsync(ct);

    public Task<IActionResult> OnPostApproveAsync(int requestId, CancellationToken ct) =>
        DecideAsync(requestId, approve: true, null, "已批准查看申请。申请人可在有效期内查看举报人信息。", ct);

    public Task<IActionResult> OnPostRefuseAsync(int requestId, string? refusalReason, CancellationToken ct) =>
        DecideAsync(requestId, approve: false, refusalReason, "已不予批准查看申请。", ct);

    private async Task<IActionResult> DecideAsync(int requestId, bool approve, string? refusalReason, string done, CancellationToken ct)
    {
        var result = await reveal.DecideAsync(requestId, approve, refusalReason, ct);
        switch (result.Outcome)
        {
            case WorkflowOutcome.NotFound: return NotFound();
            case WorkflowOutcome.Refused:
                ModelState.AddModelError(string.Empty, result.Error!);
                (FailedRequestId, RefusalReason) = (requestId, refusalReason);
                return await ShowAsync(ct);
            default:
                Flash = done;
                return RedirectToPage();
        }
    }

    private async Task<IActionResult> ShowAsync(CancellationToken ct)
    {
        if (!staff.IsCustodian) return NotFound();
        (Pending, Decided) = await reveal.QueueAsync(ct);
        return Page();
    }
}
