using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PublicPortal.Web.Data;
using PublicPortal.Web.Features.Reference;
using PublicPortal.Web.Features.Registers;
using PublicPortal.Web.Infrastructure;

namespace PublicPortal.Web.Pages.Lists.Quality;

public class IndexModel(PortalDbContext db, ReferenceLookup lookup, TimeProvider clock)
    : RegisterListModel<IndexModel.Row>(lookup, RegisterListQueries.Quality)
{
    public override IReadOnlyList<Option> SortOptions { get; } =
    [
        new("newest", "按抽检日期（新→旧）"), new("oldest", "按抽检日期（旧→新）"), new("product", "按产品名称"),
        new("name", "按企业名称"),
    ];

    public override string KeywordHint => "企业名称、信用代码、产品名称";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await ReadFilterAsync(ct) is { } bad) return bad;

        var query = RegisterListQueries.Quality.Apply(db.QualityFailures.AsNoTracking(), Criteria, clock.TodayInChina());
        query = SortKey switch
        {
            "oldest" => query.OrderBy(e => e.InspectedOn).ThenBy(e => e.Id),
            "product" => query.OrderBy(e => e.ProductName).ThenBy(e => e.Id),
            "name" => query.OrderBy(e => e.Enterprise.Name).ThenBy(e => e.Id),
            _ => query.OrderByDescending(e => e.InspectedOn).ThenByDescending(e => e.Id),
        };
        Result = await query.Select(e => new Row(e.Id, e.Enterprise.Name, e.Enterprise.CreditCode, e.City.Name, e.Jurisdiction.Name,
                e.ProductName, e.Specification, e.Batch, e.FailedItems, e.InspectedOn, e.Status, e.IsSample))
            .ToPageAsync(Filter.PageNumber, RegisterFilter.PageSize, ct);
        return Page();
    }

    public sealed record Row(int Id, string Enterprise, string CreditCode, string City, string County, string ProductName,
        string? Specification, string? Batch, string FailedItems, DateOnly InspectedOn, EnforcementStatus Status, bool IsSample);
}
