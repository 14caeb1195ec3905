namespace PublicPortal.Web.Features.Tips;

/// <summary>One step of a tip-off's timeline. <see cref="PublicNote"/> is what the citizen sees on the follow-up page.</summary>
public class TipEvent
{
    public int Id { get; set; }
    public int TipId { get; set; }
    public DateTime At { get; set; }
    public TipEventKind Kind { get; set; }
    public string? PublicNote { get; set; }
    public int? DepartmentId { get; set; }
    /// <summary>The member of staff who caused it (null for the citizen or the system).</summary>
    public int? ActorId { get; set; }
    /// <summary>Reasons and notes for staff only (退单 reason, 转办 reason …); never shown to the citizen.</summary>
    public string? InternalNote { get; set; }
}

public enum TipEventKind
{
    Received, Dispatched, Signed, InProgress, Extended, Replied, Closed, Rated, Reopened,
    Returned, Transferred, Supervised, ExtensionRequested, ExtensionRejected, ReplyProposed, ReplyRejected, Merged, QuestionAsked,
}
