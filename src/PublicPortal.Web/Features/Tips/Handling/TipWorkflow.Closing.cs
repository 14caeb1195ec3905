using Microsoft.EntityFrameworkCore;
using PublicPortal.Web.Features.Reference;

namespace PublicPortal.Web.Features.Tips.Handling;

/// <summary>
/// 办结 (proposed by the lead department, approved as <see cref="TipRules.ApproverOf"/> says), 回访 (the office's review
/// of a 不满意 rating), 重办, 并单 and the drafts a 查实 closure leads to.
/// </summary>
public partial class TipWorkflow
{
    public const int MaxReplyLength = 4000;

    /// <summary>办结意见: the finding and the public reply, for approval (a lead of the department, or the office).</summary>
    public Task<WorkflowResult> ProposeCloseAsync(int tipId, TipFinding? finding, string? reply, CancellationToken ct) =>
        ApplyAsync(tipId, TipRules.CanProposeClose, (c, actor) =>
        {
            if (finding is null || !Enum.IsDefined(finding.Value)) return "请选择核查结论。";
            if (Required(reply, "答复内容", MaxReplyLength) is { } error) return error;
            var tip = c.Tip;
            var from = tip.Status;
            tip.ProposedFinding = finding;
            tip.ProposedReply = reply!.Trim();
            tip.ProposedById = actor.Id;
            tip.ProposedAt = Now;
            Move(tip, TipStatus.AwaitingApproval);
            Record(tip, actor, TipEventKind.ReplyProposed, from, $"提交办结意见（{finding.Value.Name()}）");
            return null;
        }, ct);

    /// <summary>审批办结: the approver approves; the citizen sees the finding and reply, and merged reports close with it.</summary>
    public Task<WorkflowResult> ApproveCloseAsync(int tipId, CancellationToken ct) =>
        RunAsync(tipId, TipRules.CanDecideClose, async (c, actor) =>
        {
            var tip = c.Tip;
            var from = tip.Status;
            Close(tip, tip.ProposedFinding!.Value, tip.ProposedReply!);
            foreach (var assignment in tip.Assignments.Where(a => a.IsActive)) End(c, assignment, AssignmentState.Done, "办结");
            Move(tip, TipStatus.Closed);
            Record(tip, actor, TipEventKind.Closed, from, $"审批办结（{tip.Finding!.Value.Name()}）",
                $"已办结，核查结论：{tip.Finding.Value.Name()}。");
            var merged = await db.Tips.Include(t => t.Assignments)
                .Where(t => t.MergedIntoId == tip.Id && t.Status == TipStatus.Merged).ToListAsync(ct);
            foreach (var other in merged)
            {
                Close(other, tip.Finding.Value, tip.PublicReply!);
                Move(other, TipStatus.Closed);
                Record(other, actor, TipEventKind.Closed, TipStatus.Merged, $"随主办件办结（{tip.Finding.Value.Name()}）",
                    $"已办结，核查结论：{tip.Finding.Value.Name()}。", $"随 {tip.TrackingNumber} 办结");
            }
            return null;
        }, ct);

    private void Close(Tip tip, TipFinding finding, string reply)
    {
        tip.Finding = finding;
        tip.PublicReply = reply;
        tip.ClosedAt = Now;
    }

    /// <summary>退回办结意见: back to 核查中 with the lead's note for the officer.</summary>
    public Task<WorkflowResult> RejectCloseAsync(int tipId, string? note, CancellationToken ct) =>
        ApplyAsync(tipId, TipRules.CanDecideClose, (c, actor) =>
        {
            if (Required(note, "退回意见") is { } error) return error;
            var tip = c.Tip;
            var from = tip.Status;
            tip.ProposedFinding = null;
            tip.ProposedReply = null;
            tip.ProposedById = null;
            tip.ProposedAt = null;
            Move(tip, TipStatus.InProgress);
            Record(tip, actor, TipEventKind.ReplyRejected, from, "退回办结意见", reason: note!.Trim());
            return null;
        }, ct);

    /// <summary>重办: after a justified 不满意, the lead department takes the item again with fresh time limits.</summary>
    public Task<WorkflowResult> ReopenAsync(int tipId, string? reason, CancellationToken ct) =>
        RunAsync(tipId, TipRules.CanReopen, async (c, actor) =>
        {
            if (Required(reason, "重办理由") is { } error) return error;
            var tip = c.Tip;
            var lead = tip.Assignments.Where(a => a.Role == ResponsibilityRole.Lead && a.State == AssignmentState.Done)
                .OrderByDescending(a => a.EndedAt).FirstOrDefault();
            if (lead is null) return "找不到原主办部门，请改用派单。";
            var from = tip.Status;
            var calendar = await calendars.GetAsync(ct);
            lead.IsActive = true;
            lead.State = AssignmentState.Pending;
            lead.AssignedAt = Now;
            lead.SignedAt = null;
            lead.SignedById = null;
            lead.EndedAt = null;
            lead.EndReason = null;
            lead.SignDueOn = calendar.AddWorkingDays(c.Today, options.Value.SignWithinWorkingDays);
            lead.CloseDueOn = calendar.AddWorkingDays(c.Today, options.Value.CloseDaysFor(tip.Category));
            tip.CloseDueOn = lead.CloseDueOn;
            tip.ReopenCount++;
            tip.Finding = null;
            tip.PublicReply = null;
            tip.ClosedAt = null;
            tip.ProposedFinding = null;
            tip.ProposedReply = null;
            tip.ProposedById = null;
            tip.ProposedAt = null;
            tip.IsSupervised = false;
            Move(tip, TipStatus.Reopened);
            notifier.DepartmentHasNewItem(lead.Department, tip, lead);
            Record(tip, actor, TipEventKind.Reopened, from, $"重办（第 {tip.ReopenCount} 次）",
                $"根据您的评价，已交{lead.Department.Name}重新办理。", reason!.Trim());
            return null;
        }, ct);

    /// <summary>维持办结: the office reviewed the 不满意 and finds the result stands.</summary>
    public Task<WorkflowResult> KeepClosedAsync(int tipId, string? reason, CancellationToken ct) =>
        ApplyAsync(tipId, TipRules.CanReviewFollowUp, (c, actor) =>
        {
            if (Required(reason, "维持办结的理由") is { } error) return error;
            Record(c.Tip, actor, TipEventKind.Closed, c.Tip.Status, "回访不满意，经审核维持办结", "经复核，维持原办理结果。",
                reason!.Trim());
            return null;
        }, ct);

    /// <summary>并单: this report is handled together with another; its citizen keeps following their own number.</summary>
    public Task<WorkflowResult> MergeAsync(int tipId, int intoTipId, CancellationToken ct) =>
        RunAsync(tipId, TipRules.CanMerge, async (c, actor) =>
        {
            var tip = c.Tip;
            if (intoTipId == tip.Id) return "不能并入本件。";
            if (await access.LoadAsync(intoTipId, tracked: true, ct) is not { } main || !TipRules.IsOpen(main.Tip))
                return "请选择本辖区内尚未办结的举报件作为主办件。";
            if (await db.Tips.AnyAsync(t => t.MergedIntoId == tip.Id, ct))
                return "已有其他举报并入本件，本件只能作为主办件。";
            var from = tip.Status;
            tip.MergedIntoId = main.Tip.Id;
            foreach (var assignment in tip.Assignments.Where(a => a.IsActive))
                End(c, assignment, AssignmentState.Done, $"并入 {main.Tip.TrackingNumber}");
            Move(tip, TipStatus.Merged);
            Record(tip, actor, TipEventKind.Merged, from, $"并入 {main.Tip.TrackingNumber}",
                "您反映的问题与其他群众反映的同一问题合并办理，办理结果将在此公布。", $"并入 {main.Tip.TrackingNumber}");
            Record(main.Tip, actor, TipEventKind.Merged, main.Tip.Status, $"并入 {tip.TrackingNumber}",
                reason: $"{tip.TrackingNumber} 并入本件");
            return null;
        }, ct);

    /// <summary>生成黄牌/复查草稿 for the publishing workflow, after a 查实 closure.</summary>
    public Task<WorkflowResult> CreateDraftAsync(int tipId, PublicationDraftKind kind, CancellationToken ct)
    {
        if (!Enum.IsDefined(kind)) return Task.FromResult(WorkflowResult.Refused("未知的草稿类型。"));
        return ApplyAsync(tipId, (c, actor) => TipRules.CanCreateDraft(c, actor, kind), (c, actor) =>
        {
            db.PublicationDrafts.Add(new PublicationDraft
            {
                Kind = kind, TipId = c.Tip.Id, DepartmentId = actor.DepartmentId!.Value, EnterpriseName = c.Tip.EnterpriseName,
                CreditCode = c.Tip.CreditCode, CreatedById = actor.Id, CreatedAt = Now,
                Notes = $"由举报件 {c.Tip.TrackingNumber} 查实生成。",
            });
            audit.Record(TipAuditActions.CreateDraft, $"Tip:{c.Tip.Id}", kind.Name(), c.Tip.Id);
            return null;
        }, ct);
    }
}

/// <summary>Audit actions of the back office that <see cref="Audit.AuditActions"/> does not name yet.</summary>
public static class TipAuditActions
{
    public const string CreateDraft = "tip.create-draft";
}

public static class PublicationDraftKinds
{
    public static string Name(this PublicationDraftKind kind) => kind switch
    {
        PublicationDraftKind.YellowCard => "黄牌草稿",
        PublicationDraftKind.Reinspection => "复查草稿",
        _ => kind.ToString(),
    };
}
