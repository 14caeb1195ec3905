namespace PublicPortal.Web.Features.Registers;

/// <summary>
/// 限时拆除: a sealed notice is overdue (逾期未拆除) once its dismantling deadline has passed and it is still sealed.
/// The deadline day itself is not overdue.
/// </summary>
public static class SealingDeadline
{
    public const string OverdueLabel = "逾期未拆除";

    public static bool IsOverdue(SealingStatus status, DateOnly deadline, DateOnly today) =>
        status == SealingStatus.Sealed && deadline < today;

    /// <summary>The same test as <see cref="IsOverdue"/>, in the database (served by the (Status, DismantleDeadline) index).</summary>
    public static IQueryable<SealingNotice> WhereOverdue(this IQueryable<SealingNotice> query, DateOnly today) =>
        query.Where(n => n.Status == SealingStatus.Sealed && n.DismantleDeadline < today);

    /// <summary>"距拆除期限还有 N 天", "今天是拆除期限", "已逾期 N 天" or "已于…拆除".</summary>
    public static string Countdown(SealingStatus status, DateOnly deadline, DateOnly? dismantledOn, DateOnly today)
    {
        if (status == SealingStatus.Dismantled)
            return dismantledOn is { } on ? $"已于{on.Cn()}拆除" : "已拆除";
        var days = deadline.DayNumber - today.DayNumber;
        return days switch
        {
            > 0 => $"距拆除期限还有 {days} 天",
            0 => "今天是拆除期限",
            _ => $"已逾期 {-days} 天",
        };
    }
}
