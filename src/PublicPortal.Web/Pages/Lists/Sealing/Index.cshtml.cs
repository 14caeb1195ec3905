using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PublicPortal.Web.Data;
using PublicPortal.Web.Features.Reference;
using PublicPortal.Web.Features.Registers;
using PublicPortal.Web.Infrastructure;

namespace PublicPortal.Web.Pages.Lists.Sealing;

public class IndexModel(PortalDbContext db, ReferenceLookup lookup, TimeProvider clock)
    : RegisterListModel<IndexModel.Row>(lookup, RegisterListQueries.Sealing)
{
    public const string Overdue = SealingListQuery.Overdue;

    public override IReadOnlyList<Option> SortOptions { get; } =
    [
        new("newest", "按封存日期（新→旧）"), new("oldest", "按封存日期（旧→新）"), new("deadline", "按拆除期限（近→远）"),
        new("name", "按企业名称"),
    ];

    public override string KeywordHint => "企业名称、信用代码、封存设备";

    public DateOnly Today { get; } = clock.TodayInChina();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await ReadFilterAsync(ct) is { } bad) return bad;

        var query = RegisterListQueries.Sealing.Apply(db.SealingNotices.AsNoTracking(), Criteria, Today);
        query = SortKey switch
        {
            "oldest" => query.OrderBy(e => e.SealedOn).ThenBy(e => e.Id),
            "deadline" => query.OrderBy(e => e.DismantleDeadline).ThenBy(e => e.Id),
            "name" => query.OrderBy(e => e.Enterprise.Name).ThenBy(e => e.Id),
            _ => query.OrderByDescending(e => e.SealedOn).ThenByDescending(e => e.Id),
        };
        Result = await query.Select(e => new Row(e.Id, e.NoticeNumber, e.Enterprise.Name, e.Enterprise.CreditCode, e.City.Name,
                e.Jurisdiction.Name, e.SealedEquipment, e.SealedOn, e.DismantleDeadline, e.Status, e.IsSample))
            .ToPageAsync(Filter.PageNumber, RegisterFilter.PageSize, ct);
        return Page();
    }

    public sealed record Row(int Id, string NoticeNumber, string Enterprise, string CreditCode, string City, string County,
        string SealedEquipment, DateOnly SealedOn, DateOnly DismantleDeadline, SealingStatus Status, bool IsSample);
}
