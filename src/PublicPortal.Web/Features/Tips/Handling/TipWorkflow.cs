using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PublicPortal.Web.Data;
using PublicPortal.Web.Features.Audit;
using PublicPortal.Web.Features.Reference;
using PublicPortal.Web.Features.Tips.Intake;
using PublicPortal.Web.Infrastructure;

namespace PublicPortal.Web.Features.Tips.Handling;

/// <summary>
/// The department back office's steps on a tip-off (签收, 办理, 转办, 退单, 派单, 延期, 督办, 办结, 回访, 并单). Every step
/// checks who may take it from which state (<see cref="TipRules"/>), records a timeline event (public note for the
/// citizen, internal note for reasons) and an audit line, emails the citizen when the status they see changes, and saves
/// once. User errors come back as a refused <see cref="WorkflowResult"/> with a Chinese message, never as exceptions.
/// </summary>
public partial class TipWorkflow(PortalDbContext db, TipAccess access, AuditLog audit, TipNotifier notifier, TipFollowUp followUp,
    PersonalDataProtector protector, CalendarProvider calendars, IOptions<TipOptions> options, TimeProvider clock)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>Loads the tip-off (404 when not visible), checks the rule, applies the step and saves once.</summary>
    private async Task<WorkflowResult> RunAsync(int tipId, Func<TipContext, TipActor, string?> rule,
        Func<TipContext, TipActor, Task<string?>> apply, CancellationToken ct)
    {
        var actor = await access.ActorAsync(ct);
        if (await access.LoadAsync(tipId, tracked: true, ct) is not { } context) return WorkflowResult.NotFound;
        if (context.Tip.ErasedAt is { } erased) return WorkflowResult.Refused(TipRetentionOptions.ErasedText(erased));
        if (rule(context, actor) is { } refusal) return WorkflowResult.Refused(refusal);
        if (await apply(context, actor) is { } error) return WorkflowResult.Refused(error);
        await db.SaveChangesAsync(ct);
        return WorkflowResult.Ok;
    }

    private Task<WorkflowResult> ApplyAsync(int tipId, Func<TipContext, TipActor, string?> rule,
        Func<TipContext, TipActor, string?> apply, CancellationToken ct) =>
        RunAsync(tipId, rule, (c, a) => Task.FromResult(apply(c, a)), ct);

    private static string? Required(string? text, string what, int max = 1000) =>
        string.IsNullOrWhiteSpace(text) ? $"请填写{what}。" : text.Trim().Length > max ? $"{what}不能超过 {max} 字。" : null;

    /// <summary>Changes the status; the citizen is emailed when the status they see (its Chinese name) changes.</summary>
    private void Move(Tip tip, TipStatus to)
    {
        if (tip.Status == to) return;
        var citizenSeesChange = tip.Status.Name() != to.Name();
        tip.Status = to;
        tip.UpdatedAt = Now;
        if (citizenSeesChange) notifier.CitizenStatusChanged(tip);
    }

    /// <summary>The timeline event and the audit line of a step ("from → to: step：reason").</summary>
    private void Record(Tip tip, TipActor actor, TipEventKind kind, TipStatus from, string step, string? publicNote = null,
        string? reason = null)
    {
        db.TipEvents.Add(new TipEvent
        {
            TipId = tip.Id, At = Now, Kind = kind, PublicNote = publicNote, InternalNote = reason,
            DepartmentId = actor.DepartmentId, ActorId = actor.Id == 0 ? null : actor.Id,
        });
        audit.Record(AuditActions.Transition, $"Tip:{tip.Id}",
            $"{from.StaffName()} → {tip.Status.StaffName()}：{step}{(reason is null ? "" : "：" + reason)}", tip.Id);
        tip.UpdatedAt = Now;
    }

    /// <summary>Starts a department's share with fresh time limits from today, and tells the department by mail.</summary>
    private async Task<TipAssignment> AssignAsync(Tip tip, Department department, ResponsibilityRole role, CancellationToken ct)
    {
        var calendar = await calendars.GetAsync(ct);
        var o = options.Value;
        var assignment = new TipAssignment
        {
            TipId = tip.Id, DepartmentId = department.Id, Department = department, Role = role, AssignedAt = Now,
            SignDueOn = calendar.AddWorkingDays(calendars.Today, o.SignWithinWorkingDays),
            CloseDueOn = calendar.AddWorkingDays(calendars.Today, o.CloseDaysFor(tip.Category)),
            State = AssignmentState.Pending,
        };
        tip.Assignments.Add(assignment);
        if (role == ResponsibilityRole.Lead) tip.CloseDueOn = assignment.CloseDueOn;
        notifier.DepartmentHasNewItem(department, tip, assignment);
        return assignment;
    }

    /// <summary>Ends a department's share. Its pending 延期申请 lapses with it: nobody could approve it any more, and a
    /// later 重办 must not revive an old request.</summary>
    private void End(TipContext c, TipAssignment assignment, AssignmentState state, string? reason)
    {
        assignment.IsActive = false;
        assignment.State = state;
        assignment.EndedAt = Now;
        assignment.EndReason = reason;
        foreach (var request in c.PendingExtensions.Where(e => e.DepartmentId == assignment.DepartmentId).ToList())
        {
            request.State = ExtensionState.Rejected;
            request.DecidedAt = Now;
            request.DecisionNote = $"本部门承办已结束（{reason}），申请自动失效";
        }
    }

    /// <summary>
    /// The departments a tip-off may be transferred or dispatched to: those of its place and its city, offices excluded.
    /// </summary>
    public async Task<IReadOnlyList<Department>> TargetsAsync(Tip tip, CancellationToken ct) =>
        await db.Departments.AsNoTracking()
            .Where(d => (d.JurisdictionId == tip.JurisdictionId || d.JurisdictionId == tip.CityId)
                && d.Kind != DepartmentKind.CoordinationOffice)
            .OrderBy(d => d.JurisdictionId == tip.JurisdictionId ? 0 : 1).ThenBy(d => d.Kind).ThenBy(d => d.Id)
            .ToListAsync(ct);

    private async Task<Department?> TargetAsync(Tip tip, int departmentId, CancellationToken ct) =>
        (await TargetsAsync(tip, ct)).Any(d => d.Id == departmentId)
        && !tip.Assignments.Any(a => a.IsActive && a.DepartmentId == departmentId)
            ? await db.Departments.SingleAsync(d => d.Id == departmentId, ct) : null;

    /// <summary>签收: the department takes the item; the tip-off is 核查中 from the first signature.</summary>
    public Task<WorkflowResult> SignAsync(int tipId, CancellationToken ct) => ApplyAsync(tipId, TipRules.CanSign, (c, actor) =>
    {
        var tip = c.Tip;
        var mine = TipRules.Mine(tip, actor)!;
        var from = tip.Status;
        mine.State = AssignmentState.Signed;
        mine.SignedAt = Now;
        mine.SignedById = actor.Id;
        if (tip.Status is TipStatus.Dispatched or TipStatus.Reopened or TipStatus.Received) Move(tip, TipStatus.InProgress);
        var onTime = c.Today <= mine.SignDueOn ? "按时签收" : $"超时签收（时限 {mine.SignDueOn:yyyy-MM-dd}）";
        Record(tip, actor, TipEventKind.Signed, from, "签收", $"{mine.Department.Name}已签收，正在核查。", onTime);
        return null;
    }, ct);

    /// <summary>办理记录: an internal note, encrypted, never shown to the citizen.</summary>
    public Task<WorkflowResult> AddNoteAsync(int tipId, string? body, CancellationToken ct) =>
        ApplyAsync(tipId, TipRules.CanAddNote, (c, actor) =>
        {
            if (Required(body, "办理记录", 2000) is { } error) return error;
            db.TipNotes.Add(new TipNote
            {
                TipId = c.Tip.Id, At = Now, AuthorId = actor.Id, DepartmentId = actor.DepartmentId ?? 0,
                BodyCipher = protector.Protect(body!.Trim()),
            });
            audit.Record(AuditActions.Transition, $"Tip:{c.Tip.Id}", $"{c.Tip.Status.StaffName()}：办理记录", c.Tip.Id);
            return null;
        }, ct);

    /// <summary>向举报人提问: a message on the citizen's follow-up page (and an email saying there is one).</summary>
    public Task<WorkflowResult> AskQuestionAsync(int tipId, string? question, CancellationToken ct) =>
        RunAsync(tipId, TipRules.CanAskQuestion, async (c, actor) =>
        {
            if (Required(question, "留言内容", 2000) is { } error) return error;
            Record(c.Tip, actor, TipEventKind.QuestionAsked, c.Tip.Status, "向举报人留言", "办理部门向您留言。");
            await followUp.AddDepartmentMessageAsync(c.Tip.Id, actor.DepartmentId!.Value, question!.Trim(), ct);
            return null;
        }, ct);
}
