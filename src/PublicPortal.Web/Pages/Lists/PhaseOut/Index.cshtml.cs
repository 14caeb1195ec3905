using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PublicPortal.Web.Data;
using PublicPortal.Web.Features.Reference;
using PublicPortal.Web.Features.Registers;
using PublicPortal.Web.Infrastructure;

namespace PublicPortal.Web.Pages.Lists.PhaseOut;

public class IndexModel(PortalDbContext db, ReferenceLookup lookup, TimeProvider clock)
    : RegisterListModel<IndexModel.Row>(lookup, RegisterListQueries.PhaseOut)
{
    public override IReadOnlyList<Option> SortOptions { get; } =
    [
        new("newest", "按年度（新→旧）"), new("oldest", "按年度（旧→新）"), new("capacity", "按产能（大→小）"),
        new("completed", "按完成日期（新→旧）"), new("name", "按企业名称"),
    ];

    public override string KeywordHint => "企业名称、信用代码、设备";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await ReadFilterAsync(ct) is { } bad) return bad;

        var query = RegisterListQueries.PhaseOut.Apply(db.PhaseOutEntries.AsNoTracking(), Criteria, clock.TodayInChina());
        query = SortKey switch
        {
            "oldest" => query.OrderBy(e => e.Year).ThenBy(e => e.PublishedAt).ThenBy(e => e.Id),
            "capacity" => query.OrderByDescending(e => e.Capacity).ThenByDescending(e => e.Id),
            "completed" => query.OrderByDescending(e => e.CompletedOn).ThenByDescending(e => e.Id),
            "name" => query.OrderBy(e => e.Enterprise.Name).ThenBy(e => e.Id),
            _ => query.OrderByDescending(e => e.Year).ThenByDescending(e => e.PublishedAt).ThenByDescending(e => e.Id),
        };
        Result = await query.Select(e => new Row(e.Id, e.Year, e.Enterprise.Name, e.Enterprise.CreditCode, e.City.Name,
                e.Jurisdiction.Name, e.Industry!.Name, e.Equipment, e.Capacity, e.CapacityUnit, e.Measure, e.Status,
                e.CompletedOn, e.Department.Name, e.IsSample))
            .ToPageAsync(Filter.PageNumber, RegisterFilter.PageSize, ct);
        return Page();
    }

    public sealed record Row(int Id, int Year, string Enterprise, string CreditCode, string City, string County, string? Industry,
        string Equipment, double Capacity, string CapacityUnit, PhaseOutMeasure Measure, PhaseOutStatus Status,
        DateOnly? CompletedOn, string Department, bool IsSample);
}
