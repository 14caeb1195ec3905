using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PublicPortal.Web.Features.Tips;
using PublicPortal.Web.Features.Tips.Handling;

namespace PublicPortal.Web.Pages.Staff.Tips;

/// <summary>
/// One tip-off in the back office, with a form for each step this person may take now. Every handler answers 404 for a
/// tip-off outside the person's departments, re-renders with the Chinese reason when a step is refused, and otherwise
/// redirects back (post-redirect-get). The tipster's identity is shown only to the requester of an approved request
/// (<see cref="IdentityReveal"/>), in the response to their "view" post, while the approval runs.
/// </summary>
public class DetailsModel(StaffTipView views, TipWorkflow workflow, IdentityReveal reveal) : PageModel
{
    [FromRoute] public int Id { get; set; }
    [TempData] public string? Flash { get; set; }
    public StaffTipView.View Tip { get; private set; } = null!;
    public TipsterIdentity? Identity { get; private set; }
    public DateTime? IdentityUntil { get; private set; }
    public IdentityReveal.Status Reveal { get; private set; } = null!;
    /// <summary>The reason typed into a refused request, shown again.</summary>
    public string? RevealReason { get; private set; }

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => ShowAsync(ct);

    public async Task<IActionResult> OnPostSignAsync(CancellationToken ct) => await DoneAsync(await workflow.SignAsync(Id, ct), "已签收。", ct);
    public async Task<IActionResult> OnPostNoteAsync(string? body, CancellationToken ct) =>
        await DoneAsync(await workflow.AddNoteAsync(Id, body, ct), "办理记录已保存。", ct);
    public async Task<IActionResult> OnPostAskAsync(string? body, CancellationToken ct) =>
        await DoneAsync(await workflow.AskQuestionAsync(Id, body, ct), "留言已发送给举报人。", ct);
    public async Task<IActionResult> OnPostTransferAsync(int target, string? reason, CancellationToken ct) =>
        await DoneAsync(await workflow.TransferAsync(Id, target, reason, ct), "已转办。", ct);
    public async Task<IActionResult> OnPostReturnAsync(string? reason, CancellationToken ct) =>
        await DoneAsync(await workflow.ReturnAsync(Id, reason, ct), "已退单至协调小组办公室。", ct);
    public async Task<IActionResult> OnPostDispatchAsync(int target, string? note, CancellationToken ct) =>
        await DoneAsync(await workflow.DispatchAsync(Id, target, note, ct), "已派单。", ct);
    public async Task<IActionResult> OnPostConfirmAsync(string? note, CancellationToken ct) =>
        await DoneAsync(await workflow.ConfirmDispatchAsync(Id, note, ct), "已维持原派单。", ct);
    public async Task<IActionResult> OnPostExtensionAsync(DateOnly? newDueOn, string? reason, CancellationToken ct) =>
        await DoneAsync(await workflow.RequestExtensionAsync(Id, newDueOn, reason, ct), "延期申请已提交。", ct);
    public async Task<IActionResult> OnPostDecideExtensionAsync(int requestId, bool approve, string? note, CancellationToken ct) =>
        await DoneAsync(await workflow.DecideExtensionAsync(Id, requestId, approve, note, ct), approve ? "已同意延期。" : "已不予延期。", ct);
    public async Task<IActionResult> OnPostSuperviseAsync(string? note, CancellationToken ct) =>
        await DoneAsync(await workflow.SuperviseAsync(Id, note, ct), "已督办。", ct);
    public async Task<IActionResult> OnPostProposeAsync(TipFinding? finding, string? reply, CancellationToken ct) =>
        await DoneAsync(await workflow.ProposeCloseAsync(Id, finding, reply, ct), "办结意见已提交，等待审批。", ct);
    public async Task<IActionResult> OnPostApproveAsync(CancellationToken ct) =>
        await DoneAsync(await workflow.ApproveCloseAsync(Id, ct), "已审批办结。", ct);
    public async Task<IActionResult> OnPostRejectAsync(string? note, CancellationToken ct) =>
        await DoneAsync(await workflow.RejectCloseAsync(Id, note, ct), "已退回办结意见。", ct);
    public async Task<IActionResult> OnPostReopenAsync(string? reason, CancellationToken ct) =>
        await DoneAsync(await workflow.ReopenAsync(Id, reason, ct), "已交原主办部门重办。", ct);
    public async Task<IActionResult> OnPostKeepClosedAsync(string? reason, CancellationToken ct) =>
        await DoneAsync(await workflow.KeepClosedAsync(Id, reason, ct), "已维持办结。", ct);
    public async Task<IActionResult> OnPostMergeAsync(int into, CancellationToken ct) =>
        await DoneAsync(await workflow.MergeAsync(Id, into, ct), "已并单。", ct);
    public async Task<IActionResult> OnPostDraftAsync(PublicationDraftKind kind, CancellationToken ct) =>
        await DoneAsync(await workflow.CreateDraftAsync(Id, kind, ct), $"已生成{kind.Name()}。", ct);

    /// <summary>申请查看举报人信息 (the form keeps its historical handler name "Reveal").</summary>
    public async Task<IActionResult> OnPostRevealAsync(string? reason, CancellationToken ct)
    {
        var result = await reveal.RequestAsync(Id, reason, ct);
        if (result.Outcome == WorkflowOutcome.NotFound) return NotFound();
        if (result.Error is not { } error)
        {
            Flash = "查看申请已提交，等待信息保管人审批。";
            return RedirectToPage(new { id = Id });
        }
        ModelState.AddModelError("reveal", error);
        RevealReason = reason;
        return await ShowAsync(ct);
    }

    public async Task<IActionResult> OnPostViewIdentityAsync(CancellationToken ct)
    {
        var (result, identity, until) = await reveal.ViewAsync(Id, ct);
        if (result.Outcome == WorkflowOutcome.NotFound) return NotFound();
        if (result.Error is { } error) ModelState.AddModelError("reveal", error);
        (Identity, IdentityUntil) = (identity, until);
        return await ShowAsync(ct);
    }

    private async Task<IActionResult> DoneAsync(WorkflowResult result, string message, CancellationToken ct)
    {
        switch (result.Outcome)
        {
            case WorkflowOutcome.NotFound: return NotFound();
            case WorkflowOutcome.Refused:
                ModelState.AddModelError(string.Empty, result.Error!);
                return await ShowAsync(ct);
            default:
                Flash = message;
                return RedirectToPage(new { id = Id });
        }
    }

    private async Task<IActionResult> ShowAsync(CancellationToken ct)
    {
        if (await views.LoadAsync(Id, ct) is not { } view) return NotFound();
        Tip = view;
        Reveal = await reveal.StatusAsync(view.Context, ct);
        return Page();
    }
}
