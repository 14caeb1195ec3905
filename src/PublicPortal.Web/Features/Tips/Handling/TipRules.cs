using PublicPortal.Web.Features.Reference;

namespace PublicPortal.Web.Features.Tips.Handling;

/// <summary>
/// Who may take which step from which state. Each rule answers null when the step is allowed, else the Chinese reason it
/// is not; the workflow refuses with that reason and the detail page offers exactly the steps whose rule answers null.
/// </summary>
public static class TipRules
{
    public static bool IsOpen(Tip tip) => tip.Status is not (TipStatus.Closed or TipStatus.Merged);

    /// <summary>The actor's department's active assignment on the tip-off, if any.</summary>
    public static TipAssignment? Mine(Tip tip, TipActor a) =>
        tip.Assignments.FirstOrDefault(x => x.IsActive && x.DepartmentId == a.DepartmentId);

    /// <summary>The active assignment held by a coordination office the actor may act for (of the given role, when one is given).</summary>
    public static TipAssignment? OfficeItem(Tip tip, TipActor a, ResponsibilityRole? role = null) => a.IsOffice
        ? tip.Assignments.FirstOrDefault(x => x.IsActive && x.Department.Kind == DepartmentKind.CoordinationOffice
            && a.Visible.Contains(x.DepartmentId) && (role is null || x.Role == role))
        : null;

    /// <summary>The lead department's active share (主办), if the tip-off has one now.</summary>
    public static TipAssignment? LeadItem(Tip tip) =>
        tip.Assignments.FirstOrDefault(x => x.IsActive && x.Role == ResponsibilityRole.Lead);

    /// <summary>
    /// Who approves a 办结意见: a lead (部门负责人) of the lead department other than the one who proposed it; when that
    /// department has no other lead — the proposer is its only lead, or it has none — the coordination office responsible
    /// for the department's jurisdiction (an office sees its jurisdiction and those below it), so that no closure waits forever.
    /// </summary>
    public static ClosureApprover? ApproverOf(TipContext c) =>
        c.Tip.Status != TipStatus.AwaitingApproval || LeadItem(c.Tip) is not { } lead ? null
            : new ClosureApprover(lead.DepartmentId, ByOffice: !c.DepartmentLeads.Any(id => id != c.Tip.ProposedById));

    /// <summary>The assignment whose 退单 the office is reviewing: the latest returned one.</summary>
    public static TipAssignment? LastReturned(Tip tip) =>
        tip.Assignments.Where(x => x.State == AssignmentState.Returned).OrderByDescending(x => x.EndedAt).FirstOrDefault();

    public static bool IsOverdue(TipAssignment x, DateOnly today) =>
        x.IsActive && ((x.State == AssignmentState.Pending && x.SignDueOn < today) || x.CloseDueOn < today);

    private const string NotHandler = "只有承办人或部门负责人可以办理。";
    private const string NotMine = "本部门没有该举报件的在办任务。";
    private const string NotOpen = "该举报件已办结或已并案，不能再办理。";

    public static string? CanSign(TipContext c, TipActor a)
    {
        if (!a.Handles) return "只有承办人或部门负责人可以签收。";
        if (!IsOpen(c.Tip)) return NotOpen;
        return Mine(c.Tip, a) switch
        {
            null => NotMine,
            { State: AssignmentState.Pending } => null,
            _ => "本部门已签收该举报件，不能重复签收。",
        };
    }

    public static string? CanAddNote(TipContext c, TipActor a) =>
        a.IsOffice || (a.Handles && c.Tip.Assignments.Any(x => x.DepartmentId == a.DepartmentId
            && (x.IsActive || x.State == AssignmentState.Done)))
            ? null : "只有办理部门或协调小组办公室可以记录办理情况。";

    public static string? CanAskQuestion(TipContext c, TipActor a) => Handling(c, a, lead: false);

    /// <summary>转办 and 退单: a handling department whose assignment is not waiting for the lead's approval.</summary>
    public static string? CanHandOver(TipContext c, TipActor a)
    {
        if (!a.Handles) return NotHandler;
        if (!IsOpen(c.Tip)) return NotOpen;
        var mine = Mine(c.Tip, a);
        if (mine is null) return NotMine;
        if (mine.Department.Kind == DepartmentKind.CoordinationOffice) return "协调小组办公室请使用派单。";
        if (mine.Role == ResponsibilityRole.Lead && c.Tip.Status == TipStatus.AwaitingApproval) return "办结意见正在审批，不能转办或退单。";
        return null;
    }

    public static string? CanDispatch(TipContext c, TipActor a)
    {
        if (!a.IsOffice) return "只有协调小组办公室可以派单。";
        if (!IsOpen(c.Tip)) return NotOpen;
        return OfficeItem(c.Tip, a) is null ? "该举报件不在协调小组办公室待派单。" : null;
    }

    /// <summary>维持原派单 puts the returned share back in place of the office's share of the same role (主办 for 主办), so
    /// that a tip-off never ends up without a lead department.</summary>
    public static string? CanConfirmDispatch(TipContext c, TipActor a)
    {
        if (CanDispatch(c, a) is { } refusal) return refusal;
        return LastReturned(c.Tip) is { } returned && !c.Tip.Assignments.Any(x => x.IsActive && x.DepartmentId == returned.DepartmentId)
            && OfficeItem(c.Tip, a, returned.Role) is not null
            ? null : "该举报件没有待审核的退单。";
    }

    public static string? CanRequestExtension(TipContext c, TipActor a)
    {
        if (Handling(c, a, lead: false) is { } refusal) return refusal;
        var mine = Mine(c.Tip, a)!;
        if (c.Tip.Status == TipStatus.AwaitingApproval && mine.Role == ResponsibilityRole.Lead) return "办结意见正在审批，不能申请延期。";
        if (c.Today > mine.CloseDueOn) return $"已超过办结时限（{mine.CloseDueOn:yyyy-MM-dd}），不能再申请延期。";
        return c.PendingExtensions.Any(e => e.DepartmentId == mine.DepartmentId) ? "本部门已有待审批的延期申请。" : null;
    }

    public static string? CanDecideExtension(TipContext c, TipActor a, ExtensionRequest request)
    {
        if (request.State != ExtensionState.Pending) return "该延期申请已审批。";
        if (!c.Tip.Assignments.Any(x => x.IsActive && x.DepartmentId == request.DepartmentId)) return "该部门已不在办理此举报件。";
        var allowed = (a.IsLead && a.DepartmentId == request.DepartmentId) || (a.IsOffice && a.Visible.Contains(request.DepartmentId));
        if (!allowed) return "只有本部门负责人或协调小组办公室可以审批延期申请。";
        return request.RequestedById == a.Id ? "不能审批自己提出的延期申请。" : null;
    }

    public static string? CanSupervise(TipContext c, TipActor a)
    {
        if (!a.IsOffice) return "只有协调小组办公室可以督办。";
        if (!IsOpen(c.Tip)) return NotOpen;
        if (c.Tip.IsSupervised) return "该举报件已在督办中。";
        return c.Tip.Assignments.Any(x => IsOverdue(x, c.Today)) ? null : "该举报件尚未逾期，不能督办。";
    }

    public static string? CanProposeClose(TipContext c, TipActor a)
    {
        if (Handling(c, a, lead: true) is { } refusal) return refusal;
        return c.Tip.Status is TipStatus.InProgress or TipStatus.Extended ? null : "该举报件已提交办结意见，等待审批。";
    }

    /// <summary>审批办结 (and 退回): only the approver named by <see cref="ApproverOf"/>, never the proposer.</summary>
    public static string? CanDecideClose(TipContext c, TipActor a)
    {
        if (!a.IsLead && !a.IsOffice) return "只有部门负责人可以审批办结。";
        if (ApproverOf(c) is not { } approver) return "该举报件没有待审批的办结意见。";
        if (c.Tip.ProposedById == a.Id) return "不能审批自己提交的办结意见。";
        if (approver.ByOffice)
            return a.IsOffice && a.Visible.Contains(approver.DepartmentId) ? null : "主办部门没有其他负责人，由协调小组办公室审批办结。";
        if (!a.IsLead) return "只有部门负责人可以审批办结。";
        return a.DepartmentId == approver.DepartmentId ? null : "只有主办部门负责人可以审批办结。";
    }

    public static string? CanReviewFollowUp(TipContext c, TipActor a)
    {
        if (!a.IsOffice) return "只有协调小组办公室可以处理回访。";
        if (c.Tip.Status != TipStatus.Closed || c.Tip.Rating != Satisfaction.Dissatisfied || c.FollowUpReviewed)
            return "该举报件没有待处理的不满意回访。";
        return null;
    }

    public static string? CanReopen(TipContext c, TipActor a) =>
        CanReviewFollowUp(c, a) ?? (c.Tip.MergedIntoId is not null ? "该举报已并案办理，请对主办件重办。" : null);

    public static string? CanMerge(TipContext c, TipActor a)
    {
        if (!a.IsOffice) return "只有协调小组办公室可以并单。";
        return IsOpen(c.Tip) && c.Tip.Status != TipStatus.AwaitingApproval ? null : "该举报件已办结、已并案或正在审批，不能并单。";
    }

    public static string? CanCreateDraft(TipContext c, TipActor a, PublicationDraftKind kind)
    {
        if (c.Tip.Status != TipStatus.Closed || c.Tip.Finding != TipFinding.Substantiated || c.Tip.MergedIntoId is not null)
            return "只有经审批办结且结论为查实的举报件可以生成公示草稿。";
        if (!a.Handles || !c.Tip.Assignments.Any(x => x.DepartmentId == a.DepartmentId && x.Role == ResponsibilityRole.Lead
            && x.State == AssignmentState.Done))
            return "只有主办部门可以生成公示草稿。";
        return c.Drafts.Any(d => d.Kind == kind) ? "该类草稿已生成。" : null;
    }

    /// <summary>Evidence is for the departments that handle or handled the tip-off, not for everyone who may see it.</summary>
    public static string? CanDownloadEvidence(TipContext c, TipActor a) =>
        c.Tip.Assignments.Any(x => x.DepartmentId == a.DepartmentId && (x.IsActive || x.State == AssignmentState.Done))
            ? null : "只有承办部门可以下载证据材料。";

    /// <summary>Handling proper: a signed assignment of the actor's department (the lead one, when <paramref name="lead"/>).</summary>
    private static string? Handling(TipContext c, TipActor a, bool lead)
    {
        if (!a.Handles) return NotHandler;
        if (!IsOpen(c.Tip)) return NotOpen;
        var mine = Mine(c.Tip, a);
        if (mine is null) return NotMine;
        if (mine.State != AssignmentState.Signed) return "请先签收。";
        return lead && mine.Role != ResponsibilityRole.Lead ? "只有主办部门可以提交办结意见。" : null;
    }

    /// <summary>The steps this person may take now, for the detail page.</summary>
    public static IReadOnlySet<TipAction> Allowed(TipContext c, TipActor a)
    {
        if (c.Tip.ErasedAt is not null) return new HashSet<TipAction>(); // past its retention period: nothing left to act on
        var allowed = new HashSet<TipAction> { TipAction.RevealIdentity };
        void Offer(TipAction action, string? refusal) { if (refusal is null) allowed.Add(action); }
        Offer(TipAction.Sign, CanSign(c, a));
        Offer(TipAction.AddNote, CanAddNote(c, a));
        Offer(TipAction.AskQuestion, CanAskQuestion(c, a));
        Offer(TipAction.Transfer, CanHandOver(c, a));
        Offer(TipAction.Return, CanHandOver(c, a));
        Offer(TipAction.Dispatch, CanDispatch(c, a));
        Offer(TipAction.ConfirmDispatch, CanConfirmDispatch(c, a));
        Offer(TipAction.RequestExtension, CanRequestExtension(c, a));
        Offer(TipAction.Supervise, CanSupervise(c, a));
        Offer(TipAction.ProposeClose, CanProposeClose(c, a));
        Offer(TipAction.ApproveClose, CanDecideClose(c, a));
        Offer(TipAction.RejectClose, CanDecideClose(c, a));
        Offer(TipAction.Reopen, CanReopen(c, a));
        Offer(TipAction.KeepClosed, CanReviewFollowUp(c, a));
        Offer(TipAction.Merge, CanMerge(c, a));
        Offer(TipAction.CreateDraft, CanCreateDraft(c, a, PublicationDraftKind.YellowCard) is null
            || CanCreateDraft(c, a, PublicationDraftKind.Reinspection) is null ? null : "");
        Offer(TipAction.DownloadEvidence, CanDownloadEvidence(c, a));
        return allowed;
    }
}

/// <summary>Who approves a pending 办结意见: the leads of <paramref name="DepartmentId"/>, or (when it has no other lead)
/// the coordination office responsible for it.</summary>
public sealed record ClosureApprover(int DepartmentId, bool ByOffice);
