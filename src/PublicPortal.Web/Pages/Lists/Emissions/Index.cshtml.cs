using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PublicPortal.Web.Data;
using PublicPortal.Web.Features.Reference;
using PublicPortal.Web.Features.Registers;
using PublicPortal.Web.Infrastructure;

namespace PublicPortal.Web.Pages.Lists.Emissions;

public class IndexModel(PortalDbContext db, ReferenceLookup lookup, TimeProvider clock)
    : RegisterListModel<IndexModel.Row>(lookup, RegisterListQueries.Emissions)
{
    public override IReadOnlyList<Option> SortOptions { get; } =
    [
        new("newest", "按发现日期（新→旧）"), new("oldest", "按发现日期（旧→新）"), new("penalty", "按处罚日期（新→旧）"),
        new("name", "按企业名称"),
    ];

    public override string KeywordHint => "企业名称、信用代码、污染物、违法情形";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await ReadFilterAsync(ct) is { } bad) return bad;

        var query = RegisterListQueries.Emissions.Apply(db.EmissionViolations.AsNoTracking(), Criteria, clock.TodayInChina());
        query = SortKey switch
        {
            "oldest" => query.OrderBy(e => e.FoundOn).ThenBy(e => e.Id),
            "penalty" => query.OrderByDescending(e => e.PenaltyDecidedOn).ThenByDescending(e => e.Id),
            "name" => query.OrderBy(e => e.Enterprise.Name).ThenBy(e => e.Id),
            _ => query.OrderByDescending(e => e.FoundOn).ThenByDescending(e => e.Id),
        };
        Result = await query.Select(e => new Row(e.Id, e.Enterprise.Name, e.Enterprise.CreditCode, e.City.Name, e.Jurisdiction.Name,
                e.Pollutant, e.Violation, e.IsSerious, e.FoundOn, e.PenaltyDecisionNumber, e.Status, e.IsSample))
            .ToPageAsync(Filter.PageNumber, RegisterFilter.PageSize, ct);
        return Page();
    }

    public sealed record Row(int Id, string Enterprise, string CreditCode, string City, string County, string Pollutant,
        string Violation, bool IsSerious, DateOnly FoundOn, string? PenaltyDecisionNumber, EnforcementStatus Status, bool IsSample);
}
