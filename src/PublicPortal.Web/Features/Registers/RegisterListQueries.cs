using System.Linq.Expressions;

namespace PublicPortal.Web.Features.Registers;

/// <summary>The five registers' list filters (see <see cref="RegisterListQuery{T}"/>); stateless, so one instance each.</summary>
public static class RegisterListQueries
{
    public static readonly PhaseOutListQuery PhaseOut = new();
    public static readonly SealingListQuery Sealing = new();
    public static readonly CardListQuery Cards = new();
    public static readonly EmissionListQuery Emissions = new();
    public static readonly QualityListQuery Quality = new();
}

public sealed class PhaseOutListQuery : RegisterListQuery<PhaseOutEntry>
{
    public override IReadOnlyList<Option> StatusOptions { get; } = Option.ForEnum<PhaseOutStatus>(RegisterLabels.Name);
    protected override Expression<Func<PhaseOutEntry, string>> KeywordText => e => e.Equipment;
    protected override IQueryable<PhaseOutEntry> WhereStatus(IQueryable<PhaseOutEntry> query, string status, DateOnly today) =>
        Enum.TryParse<PhaseOutStatus>(status, out var s) ? query.Where(e => e.Status == s) : query;
}

public sealed class SealingListQuery : RegisterListQuery<SealingNotice>
{
    public const string Overdue = "Overdue";

    // 封存中 is every notice still sealed, overdue or not; 逾期未拆除 narrows it to those past the deadline.
    public override IReadOnlyList<Option> StatusOptions { get; } =
        [
            new(nameof(SealingStatus.Sealed), SealingStatus.Sealed.Name()),
            new(nameof(SealingStatus.Dismantled), SealingStatus.Dismantled.Name()),
            new(Overdue, SealingDeadline.OverdueLabel),
        ];
    protected override Expression<Func<SealingNotice, string>> KeywordText => e => e.SealedEquipment;
    protected override IQueryable<SealingNotice> WhereStatus(IQueryable<SealingNotice> query, string status, DateOnly today) =>
        status == Overdue ? query.WhereOverdue(today)
        : Enum.TryParse<SealingStatus>(status, out var s) ? query.Where(e => e.Status == s) : query;
}

public sealed class CardListQuery : RegisterListQuery<CardListing>
{
    public override IReadOnlyList<Option> StatusOptions { get; } = Option.ForEnum<CardStatus>(RegisterLabels.Name);
    public override IReadOnlyList<ExtraFilter> ExtraFilters { get; } =
        [new("card", "名单类别", "黄牌和红牌", Enum.GetValues<Card>().Select(c => new Option(c.Slug(), c.Name())).ToList())];
    protected override Expression<Func<CardListing, string>> KeywordText => e => e.Reason;
    protected override IQueryable<CardListing> WhereStatus(IQueryable<CardListing> query, string status, DateOnly today) =>
        Enum.TryParse<CardStatus>(status, out var s) ? query.Where(e => e.Status == s) : query;
    protected override IQueryable<CardListing> WhereExtras(IQueryable<CardListing> query, IReadOnlyDictionary<string, string> extras) =>
        CardSlugs.Parse(extras.GetValueOrDefault("card")) is { } card ? query.Where(e => e.Card == card) : query;
}

public sealed class EmissionListQuery : RegisterListQuery<EmissionViolation>
{
    public override IReadOnlyList<Option> StatusOptions { get; } = Option.ForEnum<EnforcementStatus>(RegisterLabels.Name);
    public override IReadOnlyList<ExtraFilter> ExtraFilters { get; } = [new("serious", "情节", "全部情节", [new("1", RegisterLabels.Serious)])];
    protected override Expression<Func<EmissionViolation, string>> KeywordText => e => e.Pollutant + " " + e.Violation;
    protected override IQueryable<EmissionViolation> WhereStatus(IQueryable<EmissionViolation> query, string status, DateOnly today) =>
        Enum.TryParse<EnforcementStatus>(status, out var s) ? query.Where(e => e.Status == s) : query;
    protected override IQueryable<EmissionViolation> WhereExtras(
        IQueryable<EmissionViolation> query, IReadOnlyDictionary<string, string> extras) =>
        extras.GetValueOrDefault("serious") == "1" ? query.Where(e => e.IsSerious) : query;
}

public sealed class QualityListQuery : RegisterListQuery<QualityFailure>
{
    public override IReadOnlyList<Option> StatusOptions { get; } = Option.ForEnum<EnforcementStatus>(RegisterLabels.Name);
    protected override Expression<Func<QualityFailure, string>> KeywordText => e => e.ProductName;
    protected override IQueryable<QualityFailure> WhereStatus(IQueryable<QualityFailure> query, string status, DateOnly today) =>
        Enum.TryParse<EnforcementStatus>(status, out var s) ? query.Where(e => e.Status == s) : query;
}
