namespace PublicPortal.Web.Features.Tips;

/// <summary>One step of a tip-off's timeline. <see cref="PublicNote"/> is what the citizen sees on the follow-up page.</summary>
public class TipEvent
{
    public int Id { get; set; }
    public int TipOffId { get; set; }
    public DateTime At { get; set; }
    public TipEventKind Kind { get; set; }
    public string? PublicNote { get; set; }
    public int? DepartmentId { get; set; }
}

public enum TipEventKind { Received, Dispatched, Signed, InProgress, Extended, Replied, Closed, Rated, Reopened }
