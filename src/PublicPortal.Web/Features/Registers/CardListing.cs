namespace PublicPortal.Web.Features.Registers;

/// <summary>
/// 黄牌 (below standard: rectify within 6 months, at most one extension of up to 3 months) or 红牌 (still below standard
/// after rectification: closed by law). A red card that follows a yellow one points back to it, keeping the history.
/// </summary>
public class CardListing : RegisterEntry
{
    public Card Card { get; set; }
    public string Reason { get; set; } = "";
    public string? DecisionNumber { get; set; }
    public DateOnly ListedOn { get; set; }
    public DateOnly? RectifyDeadline { get; set; }
    public DateOnly? ExtendedDeadline { get; set; }
    public CardStatus Status { get; set; }
    public int? PreviousCardId { get; set; }
    public CardListing? PreviousCard { get; set; }

    public const int RectifyMonths = 6;
    public const int MaxExtensionMonths = 3;

    public DateOnly? EffectiveDeadline => ExtendedDeadline ?? RectifyDeadline;
}

public enum Card { Yellow, Red }

public enum CardStatus { Rectifying, Extended, Rectified, Escalated, Closed }
