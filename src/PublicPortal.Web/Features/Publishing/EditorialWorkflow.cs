using PublicPortal.Web.Data;
using PublicPortal.Web.Features.Audit;
using PublicPortal.Web.Features.Registers;
using PublicPortal.Web.Features.Staff;
using PublicPortal.Web.Infrastructure;

namespace PublicPortal.Web.Features.Publishing;

/// <summary>
/// 草稿 → 待审核 (submitted by an officer or lead of the owning department) → approved by that department's lead, published
/// at once or scheduled. A lead may send a submission back, correct a published entry (with a reason, applied at once) or
/// withdraw it. Each step is audited and each public step writes a <see cref="RegisterChange"/>; the caller saves once.
/// Every method returns null on success or the Chinese reason it was refused.
/// </summary>
public class EditorialWorkflow(PortalDbContext db, CurrentStaff staff, AuditLog audit, TimeProvider clock)
{
    public const string AuditSubmit = "publishing.submit", AuditApprove = "publishing.approve", AuditPublish = "publishing.publish",
        AuditSendBack = "publishing.send-back", AuditCorrect = "publishing.correct", AuditWithdraw = "publishing.withdraw",
        AuditCreate = "publishing.create", AuditEdit = "publishing.edit";

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public bool InDepartment(IPublishable entry) => staff.DepartmentId is { } own && own == entry.DepartmentId;
    public bool CanEditDraft(IPublishable entry) =>
        InDepartment(entry) && (staff.IsOfficer || staff.IsLead) && entry.State == PublicationState.Draft;
    public bool CanSubmit(IPublishable entry) => CanEditDraft(entry);
    public bool IsLeadOf(IPublishable entry) => InDepartment(entry) && staff.IsLead;
    public bool CanApprove(IPublishable entry) => IsLeadOf(entry) && entry.State == PublicationState.Submitted;
    public bool CanSendBack(IPublishable entry) =>
        IsLeadOf(entry) && entry.State is PublicationState.Submitted or PublicationState.Scheduled;
    public bool CanCorrect(IPublishable entry) => IsLeadOf(entry) && entry.State == PublicationState.Published;
    public bool CanWithdraw(IPublishable entry) => CanCorrect(entry);

    public static string Subject(RegisterKind kind, int id) => $"{kind}:{id}";

    public string? Submit(RegisterKind kind, IPublishable entry)
    {
        if (!CanSubmit(entry)) return "只有本部门的经办人或负责人可以提交草稿。";
        entry.State = PublicationState.Submitted;
        entry.SubmittedById = staff.Id;
        entry.SubmittedAt = Now;
        audit.Record(AuditSubmit, Subject(kind, entry.Id), "提交审核", departmentId: entry.DepartmentId);
        return null;
    }

    /// <summary>Approves a submission: published now, or at <paramref name="scheduleFor"/> (UTC) when that is in the future.</summary>
    public string? Approve(RegisterKind kind, IPublishable entry, DateTime? scheduleFor)
    {
        if (!CanApprove(entry)) return "只有本部门负责人可以审核通过待审核的条目。";
        if (scheduleFor is { } at && at <= Now) return "定时发布时间必须晚于当前时间。";
        entry.ApprovedById = staff.Id;
        entry.ApprovedAt = Now;
        if (scheduleFor is { } when)
        {
            entry.State = PublicationState.Scheduled;
            entry.ScheduledFor = when;
            audit.Record(AuditApprove, Subject(kind, entry.Id), $"审核通过，定时发布于 {when.ToChinaTimeText()}", departmentId: entry.DepartmentId);
        }
        else
        {
            audit.Record(AuditApprove, Subject(kind, entry.Id), "审核通过，立即发布", departmentId: entry.DepartmentId);
            Publish(db, kind, entry, Now, staff.Id);
            audit.Record(AuditPublish, Subject(kind, entry.Id), "已发布", departmentId: entry.DepartmentId);
        }
        return null;
    }

    public string? SendBack(RegisterKind kind, IPublishable entry, string? note)
    {
        if (!CanSendBack(entry)) return "只有本部门负责人可以退回待审核的条目。";
        if (string.IsNullOrWhiteSpace(note)) return "请填写退回意见。";
        entry.State = PublicationState.Draft;
        entry.ScheduledFor = null;
        entry.ApprovedById = null;
        entry.ApprovedAt = null;
        audit.Record(AuditSendBack, Subject(kind, entry.Id), "退回修改：" + note.Trim(), departmentId: entry.DepartmentId);
        return null;
    }

    /// <summary>Records a correction the caller has already applied to the published entry.</summary>
    public string? Correct(RegisterKind kind, IPublishable entry, string? reason, string details)
    {
        if (!CanCorrect(entry)) return "只有本部门负责人可以更正已发布的条目。";
        if (string.IsNullOrWhiteSpace(reason)) return "请填写更正原因。";
        if (details.Length == 0) return "没有任何改动。";
        entry.UpdatedAt = Now;
        db.RegisterChanges.Add(new RegisterChange
        {
            Register = kind, EntryId = entry.Id, At = Now, Kind = RegisterChangeKind.Corrected, Reason = reason.Trim(), Details = details,
            DepartmentId = entry.DepartmentId, ById = staff.Id,
        });
        audit.Record(AuditCorrect, Subject(kind, entry.Id), $"更正（{reason.Trim()}）：{details}", departmentId: entry.DepartmentId);
        return null;
    }

    public string? Withdraw(RegisterKind kind, IPublishable entry, string? reason)
    {
        if (!CanWithdraw(entry)) return "只有本部门负责人可以撤回已发布的条目。";
        if (string.IsNullOrWhiteSpace(reason)) return "请填写撤回原因。";
        entry.State = PublicationState.Withdrawn;
        entry.WithdrawnAt = Now;
        entry.WithdrawalReason = reason.Trim();
        entry.UpdatedAt = Now;
        db.RegisterChanges.Add(new RegisterChange
        {
            Register = kind, EntryId = entry.Id, At = Now, Kind = RegisterChangeKind.Withdrawn, Reason = reason.Trim(),
            DepartmentId = entry.DepartmentId, ById = staff.Id,
        });
        audit.Record(AuditWithdraw, Subject(kind, entry.Id), "撤回：" + reason.Trim(), departmentId: entry.DepartmentId);
        return null;
    }

    /// <summary>Makes the entry public now; shared with <see cref="ScheduledPublisher"/>.</summary>
    public static void Publish(PortalDbContext db, RegisterKind kind, IPublishable entry, DateTime now, int? byId)
    {
        entry.State = PublicationState.Published;
        entry.ScheduledFor = null;
        entry.PublishedAt = now;
        entry.UpdatedAt = now;
        db.RegisterChanges.Add(new RegisterChange
        {
            Register = kind, EntryId = entry.Id, At = now, Kind = RegisterChangeKind.Published, DepartmentId = entry.DepartmentId,
            ById = byId,
        });
    }

    /// <summary>"产能：30 → 35；备注：— → 已拆除" from two snapshots of labelled, displayable values.</summary>
    public static string Diff(IReadOnlyList<(string Label, string Value)> before, IReadOnlyList<(string Label, string Value)> after) =>
        string.Join("；", before.Zip(after).Where(p => p.First.Value != p.Second.Value)
            .Select(p => $"{p.First.Label}：{Show(p.First.Value)} → {Show(p.Second.Value)}"));

    private static string Show(string value) => value.Length == 0 ? "—" : value;
}
