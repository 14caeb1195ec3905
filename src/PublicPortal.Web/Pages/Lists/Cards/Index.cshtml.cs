using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PublicPortal.Web.Data;
using PublicPortal.Web.Features.Reference;
using PublicPortal.Web.Features.Registers;
using PublicPortal.Web.Infrastructure;

namespace PublicPortal.Web.Pages.Lists.Cards;

public class IndexModel(PortalDbContext db, ReferenceLookup lookup, TimeProvider clock)
    : RegisterListModel<IndexModel.Row>(lookup, RegisterListQueries.Cards)
{
    public override IReadOnlyList<Option> SortOptions { get; } =
    [
        new("newest", "按列入日期（新→旧）"), new("oldest", "按列入日期（旧→新）"), new("deadline", "按整改期限（近→远）"),
        new("name", "按企业名称"),
    ];

    public override string KeywordHint => "企业名称、信用代码、列入原因";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await ReadFilterAsync(ct) is { } bad) return bad;

        var query = RegisterListQueries.Cards.Apply(db.CardListings.AsNoTracking(), Criteria, clock.TodayInChina());
        query = SortKey switch
        {
            "oldest" => query.OrderBy(e => e.ListedOn).ThenBy(e => e.Id),
            // Red cards have no rectification deadline; they sort last.
            "deadline" => query.OrderBy(e => (e.ExtendedDeadline ?? e.RectifyDeadline) == null)
                .ThenBy(e => e.ExtendedDeadline ?? e.RectifyDeadline).ThenBy(e => e.Id),
            "name" => query.OrderBy(e => e.Enterprise.Name).ThenBy(e => e.Id),
            _ => query.OrderByDescending(e => e.ListedOn).ThenByDescending(e => e.Id),
        };
        Result = await query.Select(e => new Row(e.Id, e.Card, e.Enterprise.Name, e.Enterprise.CreditCode, e.City.Name,
                e.Jurisdiction.Name, e.Aspect!.Name, e.Reason, e.ListedOn, e.ExtendedDeadline ?? e.RectifyDeadline, e.Status, e.IsSample))
            .ToPageAsync(Filter.PageNumber, RegisterFilter.PageSize, ct);
        return Page();
    }

    public sealed record Row(int Id, Card Card, string Enterprise, string CreditCode, string City, string County, string? Aspect,
        string Reason, DateOnly ListedOn, DateOnly? Deadline, CardStatus Status, bool IsSample);
}
