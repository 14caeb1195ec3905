using PublicPortal.Web.Data;

namespace PublicPortal.Web.Features.Audit;

/// <summary>
/// Who is acting, as the audit trail records it. Staff's CurrentStaff is the one implementation; the interface lets the
/// features that write audit lines (Staff among them) depend on Audit without Audit depending back on Staff.
/// </summary>
public interface IAuditActor
{
    /// <summary>0 when nobody is signed in.</summary>
    int Id { get; }
    string UserName { get; }
    int? DepartmentId { get; }
}

/// <summary>Adds audit lines to the caller's unit of work, so the line is saved exactly when the action is.</summary>
public class AuditLog(PortalDbContext db, IAuditActor staff, TimeProvider clock)
{
    public void Record(string action, string? subject = null, string? detail = null, int? tipId = null, int? departmentId = null) =>
        db.AuditEntries.Add(new AuditEntry
        {
            At = clock.GetUtcNow().UtcDateTime, UserId = staff.Id == 0 ? null : staff.Id, UserName = staff.UserName,
            Action = action, Subject = subject, Detail = detail is { Length: > 2000 } ? detail[..2000] : detail,
            TipId = tipId, DepartmentId = departmentId ?? staff.DepartmentId,
        });

    /// <summary>For actions before sign-in completes (failed sign-ins), where no staff identity is in the request yet.</summary>
    public void RecordFor(string userName, int? userId, string action, string? detail = null) =>
        db.AuditEntries.Add(new AuditEntry
        {
            At = clock.GetUtcNow().UtcDateTime, UserId = userId, UserName = userName, Action = action, Detail = detail,
        });
}
