using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PublicPortal.Web.Data;

namespace PublicPortal.Web.Features.Requirements;

/// <summary>The plans' requirement tables (深圳 2019 表1–表5) as published data, filtered by industry and aspect.</summary>
public class RequirementTables(PortalDbContext db)
{
    /// <summary>One item; <paramref name="Number"/> is the row's 序号, with the item's place when a row has several ("5-2").</summary>
    public sealed record Item(string Number, IReadOnlyList<string> Industries, string Text, IReadOnlyList<string> Standards);

    public sealed record Table(string DocumentSlug, int Number, string Title, string Aspect, IReadOnlyList<Item> Items)
    {
        /// <summary>"能耗执法" from "我市重点行业淘汰要求清单（能耗执法）": the short name the plan's text uses.</summary>
        public string ShortTitle => Title.LastIndexOf('（') is var open and >= 0 && Title.EndsWith('）') ? Title[(open + 1)..^1] : Title;
    }

    public async Task<IReadOnlyList<Table>> FindAsync(int? industryId, int? aspectId, CancellationToken ct)
    {
        var query = db.IndustryRequirements.AsNoTracking();
        if (industryId is { } i) query = query.Where(r => r.Industries.Any(x => x.Id == i));
        if (aspectId is { } a) query = query.Where(r => r.AspectId == a);
        var rows = await query
            .OrderBy(r => r.DocumentSlug).ThenBy(r => r.TableNumber).ThenBy(r => r.RowNumber).ThenBy(r => r.ItemNumber)
            .Select(r => new
            {
                r.DocumentSlug, r.TableNumber, r.TableTitle, Aspect = r.Aspect.Name, r.RowNumber, r.ItemNumber, r.Text, r.Standards,
                Industries = r.Industries.OrderBy(x => x.SortOrder).Select(x => x.Name).ToList(),
            })
            .ToListAsync(ct);
        return rows.GroupBy(r => (r.DocumentSlug, r.TableNumber))
            .Select(g => new Table(g.Key.DocumentSlug, g.Key.TableNumber, g.First().TableTitle, g.First().Aspect,
                g.Select(r => new Item(
                    g.Count(x => x.RowNumber == r.RowNumber) > 1
                        ? $"{r.RowNumber}-{r.ItemNumber}"
                        : r.RowNumber.ToString(CultureInfo.InvariantCulture),
                    r.Industries, r.Text, SplitStandards(r.Standards))).ToList()))
            .ToList();
    }

    public static IReadOnlyList<string> SplitStandards(string standards) =>
        standards.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
