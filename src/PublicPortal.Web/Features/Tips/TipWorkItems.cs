using PublicPortal.Web.Features.Reference;

namespace PublicPortal.Web.Features.Tips;

/// <summary>An internal note of the handling department (办理记录): never shown to the citizen; encrypted like messages.</summary>
public class TipNote
{
    public int Id { get; set; }
    public int TipId { get; set; }
    public DateTime At { get; set; }
    public int AuthorId { get; set; }
    public int DepartmentId { get; set; }
    public string BodyCipher { get; set; } = "";
}

/// <summary>延期申请: asked before the deadline with a reason, decided by the department lead or the coordination office.</summary>
public class ExtensionRequest
{
    public int Id { get; set; }
    public int TipId { get; set; }
    public int DepartmentId { get; set; }
    public Department Department { get; set; } = null!;
    public int RequestedById { get; set; }
    public DateTime RequestedAt { get; set; }
    public string Reason { get; set; } = "";
    public DateOnly RequestedDueOn { get; set; }
    public ExtensionState State { get; set; }
    public int? DecidedById { get; set; }
    public DateTime? DecidedAt { get; set; }
    public string? DecisionNote { get; set; }
}

public enum ExtensionState { Pending, Approved, Rejected }

/// <summary>
/// A register entry that a verified tip-off should lead to (a yellow card, or a re-inspection of sealed capacity),
/// started by the department that closed the tip-off as 查实 and completed by the publishing workflow.
/// </summary>
public class PublicationDraft
{
    public int Id { get; set; }
    public PublicationDraftKind Kind { get; set; }
    public int TipId { get; set; }
    public int DepartmentId { get; set; }
    public string EnterpriseName { get; set; } = "";
    public string? CreditCode { get; set; }
    public string? Notes { get; set; }
    public int CreatedById { get; set; }
    public DateTime CreatedAt { get; set; }
    public bool IsCompleted { get; set; }
}

public enum PublicationDraftKind { YellowCard, Reinspection }
