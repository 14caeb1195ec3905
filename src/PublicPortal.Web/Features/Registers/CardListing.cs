using System.Linq.Expressions;

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

    /// <summary>逾期未整改: a yellow card still being rectified after its deadline (including any extension). The deadline
    /// day itself is still in time; the day after is overdue. <paramref name="today"/> is the China date.</summary>
    public static bool IsOverdue(Card card, CardStatus status, DateOnly? deadline, DateOnly today) =>
        card == Card.Yellow && status is CardStatus.Rectifying or CardStatus.Extended && deadline < today;

    public bool IsOverdue(DateOnly today) => IsOverdue(Card, Status, EffectiveDeadline, today);

    /// <summary>The same rule for queries: published yellow cards overdue on <paramref name="today"/>.</summary>
    public static Expression<Func<CardListing, bool>> OverdueOn(DateOnly today) => c =>
        c.State == PublicationState.Published && c.Card == Card.Yellow
        && (c.Status == CardStatus.Rectifying || c.Status == CardStatus.Extended)
        && (c.ExtendedDeadline ?? c.RectifyDeadline) < today;

    public const string OverdueLabel = "逾期未整改";
}

public enum Card { Yellow, Red }

public enum CardStatus { Rectifying, Extended, Rectified, Escalated, Closed }
