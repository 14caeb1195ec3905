using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PublicPortal.Web.Data;
using PublicPortal.Web.Features.Reference;
using PublicPortal.Web.Features.Registers;

namespace PublicPortal.Web.Pages.Lists.Emissions;

public class IndexModel(PortalDbContext db, ReferenceLookup lookup) : RegisterListModel<IndexModel.Row>(lookup)
{
    public override IReadOnlyList<Option> StatusOptions { get; } =
        Option.ForEnum<EnforcementStatus>(RegisterLabels.Name);

    public override IReadOnlyList<Option> SortOptions { get; } =
    [
        new("newest", "按发现日期（新→旧）"), new("oldest", "按发现日期（旧→新）"), new("penalty", "按处罚日期（新→旧）"),
        new("name", "按企业名称"),
    ];

    public override IReadOnlyList<ExtraFilter> ExtraFilters { get; } =
        [new("serious", "情节", "全部情节", [new("1", RegisterLabels.Serious)])];

    public override string KeywordHint => "企业名称、信用代码、污染物、违法情形";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await ReadFilterAsync(ct) is { } bad) return bad;

        var query = db.EmissionViolations.AsNoTracking().WhereCommon(Filter)
            .WhereKeyword(Filter.Keyword, e => e.Pollutant + " " + e.Violation);
        if (Extra("serious") == "1") query = query.Where(e => e.IsSerious);
        if (Enum.TryParse<EnforcementStatus>(Filter.Status, out var status)) query = query.Where(e => e.Status == status);
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
