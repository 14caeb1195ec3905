using PublicPortal.Web.Features.Registers;
namespace PublicPortal.Web.Features.Publishing;

/// <summary>
/// 变更记录: one public line of an entry's history — published, corrected (what changed and why) or withdrawn (why).
/// Shown on the entry's page; never deleted.
/// </summary>
public class RegisterChange
{
    public long Id { get; set; }
    public RegisterKind Register { get; set; }
    public int EntryId { get; set; }
    public DateTime At { get; set; }
    public RegisterChangeKind Kind { get; set; }
    /// <summary>The stated reason (required for corrections and withdrawals).</summary>
    public string? Reason { get; set; }
    /// <summary>What changed, readable: "产能：30 → 35；完成日期：2023-05-20 → 2023-06-01".</summary>
    public string? Details { get; set; }
    public int? DepartmentId { get; set; }
    public int? ById { get; set; }
}

public enum RegisterChangeKind { Published, Corrected, Withdrawn }
