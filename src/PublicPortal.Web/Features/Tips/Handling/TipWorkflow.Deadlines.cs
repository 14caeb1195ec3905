using PublicPortal.Web.Features.Reference;

namespace PublicPortal.Web.Features.Tips.Handling;

/// <summary>延期 and 督办: moving a department's close deadline, and the office's supervision of overdue items.</summary>
public partial class TipWorkflow
{
    /// <summary>延期申请: before the close deadline, with a reason and a new date at most
    /// <see cref="TipOptions.ExtensionMaxWorkingDays"/> working days later.</summary>
    public Task<WorkflowResult> RequestExtensionAsync(int tipId, DateOnly? newDueOn, string? reason, CancellationToken ct) =>
        RunAsync(tipId, TipRules.CanRequestExtension, async (c, actor) =>
        {
            if (Required(reason, "延期理由") is { } error) return error;
            var mine = TipRules.Mine(c.Tip, actor)!;
            var limit = (await calendars.GetAsync(ct)).AddWorkingDays(mine.CloseDueOn, options.Value.ExtensionMaxWorkingDays);
            if (newDueOn is not { } date || date <= mine.CloseDueOn || date > limit)
                return $"新的办结时限应晚于 {mine.CloseDueOn:yyyy-MM-dd}，且不晚于 {limit:yyyy-MM-dd}。";
            db.ExtensionRequests.Add(new ExtensionRequest
            {
                TipId = c.Tip.Id, DepartmentId = mine.DepartmentId, RequestedById = actor.Id, RequestedAt = Now,
                Reason = reason!.Trim(), RequestedDueOn = date, State = ExtensionState.Pending,
            });
            Record(c.Tip, actor, TipEventKind.ExtensionRequested, c.Tip.Status, $"申请延期至 {date:yyyy-MM-dd}", reason: reason.Trim());
            return null;
        }, ct);

    /// <summary>延期审批 by the department's lead or the office. On approval the deadline moves and the citizen is told it.</summary>
    public Task<WorkflowResult> DecideExtensionAsync(int tipId, int requestId, bool approve, string? note, CancellationToken ct)
    {
        ExtensionRequest? request = null;
        return ApplyAsync(tipId, (c, actor) =>
        {
            request = c.Extensions.FirstOrDefault(e => e.Id == requestId);
            return request is null ? "未找到该延期申请。" : TipRules.CanDecideExtension(c, actor, request);
        }, (c, actor) =>
        {
            if (!approve && Required(note, "不予延期的理由") is { } error) return error;
            var tip = c.Tip;
            var from = tip.Status;
            var assignment = tip.Assignments.FirstOrDefault(a => a.IsActive && a.DepartmentId == request!.DepartmentId);
            if (approve && assignment is null) return "该部门已不在办理此举报件。";
            request!.State = approve ? ExtensionState.Approved : ExtensionState.Rejected;
            request.DecidedById = actor.Id;
            request.DecidedAt = Now;
            request.DecisionNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
            if (!approve)
            {
                Record(tip, actor, TipEventKind.ExtensionRejected, from, "不予延期", reason: request.DecisionNote);
                return null;
            }
            assignment!.CloseDueOn = request.RequestedDueOn;
            string? publicNote = null;
            if (assignment.Role == ResponsibilityRole.Lead)
            {
                tip.CloseDueOn = request.RequestedDueOn;
                if (tip.Status == TipStatus.InProgress) Move(tip, TipStatus.Extended);
                publicNote = $"办结时限延长至 {request.RequestedDueOn:yyyy年M月d日}。";
            }
            Record(tip, actor, TipEventKind.Extended, from, $"同意延期至 {request.RequestedDueOn:yyyy-MM-dd}", publicNote,
                request.Reason + (request.DecisionNote is null ? "" : "；审批意见：" + request.DecisionNote));
            return null;
        }, ct);
    }

    /// <summary>督办: the office marks an overdue item as supervised; the queue shows it.</summary>
    public Task<WorkflowResult> SuperviseAsync(int tipId, string? note, CancellationToken ct) =>
        ApplyAsync(tipId, TipRules.CanSupervise, (c, actor) =>
        {
            c.Tip.IsSupervised = true;
            c.Tip.SupervisedAt = Now;
            Record(c.Tip, actor, TipEventKind.Supervised, c.Tip.Status, "督办",
                reason: string.IsNullOrWhiteSpace(note) ? null : note.Trim());
            return null;
        }, ct);
}
