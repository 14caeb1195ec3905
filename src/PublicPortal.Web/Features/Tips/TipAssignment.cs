using PublicPortal.Web.Features.Reference;

namespace PublicPortal.Web.Features.Tips;

/// <summary>A department's share of a tip-off: 主办 (lead) or 协办 (assist), with its time limits.</summary>
public class TipAssignment
{
    public int Id { get; set; }
    public int TipId { get; set; }
    public int DepartmentId { get; set; }
    public Department Department { get; set; } = null!;
    public ResponsibilityRole Role { get; set; }
    public DateTime AssignedAt { get; set; }
    /// <summary>签收 deadline (default 1 working day after dispatch).</summary>
    public DateOnly SignDueOn { get; set; }
    /// <summary>办结 deadline (default 15 working days after dispatch; see <see cref="TipOptions.CloseDaysFor"/>).</summary>
    public DateOnly CloseDueOn { get; set; }
    public DateTime? SignedAt { get; set; }
    public int? SignedById { get; set; }
    public bool IsActive { get; set; } = true;
    public AssignmentState State { get; set; }
    /// <summary>When it stopped being active (returned, transferred, closed) and why.</summary>
    public DateTime? EndedAt { get; set; }
    public string? EndReason { get; set; }
}

/// <summary>待签收 → 办理中 → 已办结, or ended early by 退单 / 转办.</summary>
public enum AssignmentState { Pending, Signed, Returned, Transferred, Done }
