using System.Linq.Expressions;
using PublicPortal.Web.Data;
using PublicPortal.Web.Features.Reference;
using PublicPortal.Web.Features.Registers;

namespace PublicPortal.Web.Features.OpenData;

public sealed class CardDataset(PortalDbContext db, ReferenceLookup lookup, TimeProvider clock)
    : RegisterDataset<CardListing, CardDataset.Own>(db, lookup, clock)
{
    public sealed record Own(Card Card, string Reason, string? DecisionNumber, DateOnly ListedOn, DateOnly? RectifyDeadline,
        DateOnly? ExtendedDeadline, CardStatus Status, int? PreviousCardId);

    protected override RegisterKind Kind => RegisterKind.Card;
    protected override RegisterListQuery<CardListing> ListQuery => RegisterListQueries.Cards;
    public override string Title => "黄牌、红牌名单";
    public override string Description => "能耗、环保、质量、安全、技术不达标企业的黄牌（限期整改）和红牌（依法关停）名单。";
    public override string Frequency => "随时更新（发布或更正即更新）";

    protected override Expression<Func<CardListing, Own>> Projection => e => new Own(e.Card, e.Reason, e.DecisionNumber, e.ListedOn,
        e.RectifyDeadline, e.ExtendedDeadline, e.Status, e.PreviousCardId);

    protected override IReadOnlyList<Column<Own>> OwnColumns { get; } =
    [
        Column<Own>.Text("card", "名单类别代码：yellow 黄牌、red 红牌", "yellow", r => r.Card.Slug()),
        Column<Own>.Text("card_name", "名单类别", "黄牌", r => r.Card.Name()),
        Column<Own>.Text("reason", "列入原因", "单位产品能耗超过限额标准", r => r.Reason),
        Column<Own>.Text("decision_number", "决定文号", "深发改黄字〔2023〕1号", r => r.DecisionNumber),
        Column<Own>.Date("listed_on", "列入日期", "2023-04-01", r => r.ListedOn),
        Column<Own>.Date("rectify_deadline", "整改期限", "2023-10-01", r => r.RectifyDeadline),
        Column<Own>.Date("extended_deadline", "延期后的整改期限", "2024-01-01", r => r.ExtendedDeadline),
        Column<Own>.Text("status", "状态", "整改中", r => r.Status.Name()),
        Column<Own>.Int("previous_card_id", "此前黄牌的条目编号（红牌由黄牌转入时）", "12", r => r.PreviousCardId),
    ];
}
