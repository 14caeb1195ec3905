using Microsoft.EntityFrameworkCore;
using PublicPortal.Web.Features.Reference;

namespace PublicPortal.Web.Features.Tips.Handling;

/// <summary>Where an item goes: 转办 between departments, 退单 to the coordination office, and the office's 派单 or 维持原派单.</summary>
public partial class TipWorkflow
{
    /// <summary>转办: this department's share ends; the target department starts with fresh time limits.</summary>
    public Task<WorkflowResult> TransferAsync(int tipId, int targetDepartmentId, string? reason, CancellationToken ct) =>
        RunAsync(tipId, TipRules.CanHandOver, async (c, actor) =>
        {
            if (Required(reason, "转办理由") is { } error) return error;
            var tip = c.Tip;
            if (await TargetAsync(tip, targetDepartmentId, ct) is not { } target) return "请选择本地其他可承办的部门。";
            var mine = TipRules.Mine(tip, actor)!;
            var from = tip.Status;
            End(c, mine, AssignmentState.Transferred, reason!.Trim());
            await AssignAsync(tip, target, mine.Role, ct);
            if (mine.Role == ResponsibilityRole.Lead) Move(tip, TipStatus.Dispatched);
            Record(tip, actor, TipEventKind.Transferred, from, $"转办至{target.Name}", $"已转{target.Name}办理。", reason.Trim());
            return null;
        }, ct);

    /// <summary>
    /// 退单: the department says the item is not theirs; the coordination office of the city (or province) reviews it.
    /// </summary>
    public Task<WorkflowResult> ReturnAsync(int tipId, string? reason, CancellationToken ct) =>
        RunAsync(tipId, TipRules.CanHandOver, async (c, actor) =>
        {
            if (Required(reason, "退单理由") is { } error) return error;
            var tip = c.Tip;
            var office = await db.Departments.Where(d => d.Kind == DepartmentKind.CoordinationOffice
                    && (d.JurisdictionId == tip.CityId || d.Jurisdiction.Level == JurisdictionLevel.Province))
                .OrderBy(d => d.JurisdictionId == tip.CityId ? 0 : 1).FirstOrDefaultAsync(ct);
            if (office is null) return "找不到负责审核退单的协调小组办公室。";
            var mine = TipRules.Mine(tip, actor)!;
            var from = tip.Status;
            End(c, mine, AssignmentState.Returned, reason!.Trim());
            await AssignAsync(tip, office, mine.Role, ct);
            if (mine.Role == ResponsibilityRole.Lead) Move(tip, TipStatus.Received);
            Record(tip, actor, TipEventKind.Returned, from, $"退单至{office.Name}",
                mine.Role == ResponsibilityRole.Lead ? "正在重新确定办理部门。" : null, reason.Trim());
            return null;
        }, ct);

    /// <summary>派单 by the office: an unassigned or returned item goes to a department with fresh time limits.</summary>
    public Task<WorkflowResult> DispatchAsync(int tipId, int targetDepartmentId, string? note, CancellationToken ct) =>
        RunAsync(tipId, TipRules.CanDispatch, async (c, actor) =>
        {
            var tip = c.Tip;
            if (await TargetAsync(tip, targetDepartmentId, ct) is not { } target) return "请选择本地可承办的部门。";
            var item = TipRules.OfficeItem(tip, actor)!;
            var from = tip.Status;
            End(c, item, AssignmentState.Transferred, $"派单至{target.Name}");
            await AssignAsync(tip, target, item.Role, ct);
            if (item.Role == ResponsibilityRole.Lead) Move(tip, TipStatus.Dispatched);
            Record(tip, actor, TipEventKind.Dispatched, from, $"派单至{target.Name}", $"已派送至{target.Name}办理。",
                string.IsNullOrWhiteSpace(note) ? null : note.Trim());
            return null;
        }, ct);

    /// <summary>维持原派单: the office does not accept the return; the department's share is active again.</summary>
    public Task<WorkflowResult> ConfirmDispatchAsync(int tipId, string? note, CancellationToken ct) =>
        RunAsync(tipId, TipRules.CanConfirmDispatch, async (c, actor) =>
        {
            if (Required(note, "不予退单的理由") is { } error) return error;
            var tip = c.Tip;
            var returned = TipRules.LastReturned(tip)!;
            var item = TipRules.OfficeItem(tip, actor, returned.Role)!;
            var from = tip.Status;
            End(c, item, AssignmentState.Transferred, "退单不予认可，维持原派单");
            var calendar = await calendars.GetAsync(ct);
            // The close deadline stands (an improper return does not buy time); signing gets a fresh day.
            returned.IsActive = true;
            returned.State = AssignmentState.Pending;
            returned.SignDueOn = calendar.AddWorkingDays(calendars.Today, options.Value.SignWithinWorkingDays);
            returned.EndedAt = null;
            returned.EndReason = null;
            returned.SignedAt = null;
            returned.SignedById = null;
            if (returned.Role == ResponsibilityRole.Lead) Move(tip, TipStatus.Dispatched);
            notifier.DepartmentHasNewItem(returned.Department, tip, returned);
            Record(tip, actor, TipEventKind.Dispatched, from, $"退单不予认可，维持派单至{returned.Department.Name}",
                $"已派送至{returned.Department.Name}办理。", "退单不予认可：" + note!.Trim());
            return null;
        }, ct);
}
