using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace PublicPortal.Web.Features.Registers;

/// <summary>The filters every register shares, applied in the database (each maps to an indexed column).</summary>
public static class RegisterQueries
{
    public static IQueryable<T> WhereCommon<T>(this IQueryable<T> query, RegisterFilter filter) where T : RegisterEntry
    {
        // Lists show what is in force; a withdrawn entry keeps only its own page (with its change history).
        query = query.Where(e => e.State == PublicationState.Published);
        if (filter.CountyNode is { } county) query = query.Where(e => e.JurisdictionId == county.Id);
        else if (filter.CityNode is { } city) query = query.Where(e => e.CityId == city.Id);
        if (filter.YearValue is { } year) query = query.Where(e => e.Year == year);
        if (filter.IndustryNode is { } industry) query = query.Where(e => e.IndustryId == industry.Id);
        if (filter.AspectNode is { } aspect) query = query.Where(e => e.AspectId == aspect.Id);
        return query;
    }

    /// <summary>
    /// The keyword box: the enterprise's name, its credit code (matched in upper case, as codes are printed) and the
    /// register's own main text, e.g. the equipment or the product.
    /// </summary>
    public static IQueryable<T> WhereKeyword<T>(this IQueryable<T> query, string? keyword, Expression<Func<T, string>> mainText)
        where T : RegisterEntry
    {
        if (keyword is null) return query;
        var code = keyword.ToUpperInvariant();
        Expression<Func<T, string, bool>> contains = (e, text) =>
            e.Enterprise.Name.Contains(keyword) || e.Enterprise.CreditCode.Contains(code) || text.Contains(keyword);
        // Substitute the main-text selector's body for "text", on the same parameter: one WHERE, keyword as a parameter.
        var entry = contains.Parameters[0];
        var text = new Replace(mainText.Parameters[0], entry).Visit(mainText.Body)!;
        var body = new Replace(contains.Parameters[1], text).Visit(contains.Body)!;
        return query.Where(Expression.Lambda<Func<T, bool>>(body, entry));
    }

    /// <summary>What a detail page shows of any register row besides its own columns.</summary>
    public static IQueryable<T> WithEntryDetails<T>(this IQueryable<T> query) where T : RegisterEntry =>
        query.AsNoTracking().Include(e => e.Enterprise).Include(e => e.Jurisdiction).Include(e => e.City)
            .Include(e => e.Industry).Include(e => e.Aspect).Include(e => e.Department);

    /// <summary>How many rows a register has and when it last published one (two small queries, no rows loaded).</summary>
    public static async Task<(int Count, DateTime? Latest)> SummarizeAsync<T>(this IQueryable<T> query, CancellationToken ct)
        where T : RegisterEntry
    {
        var count = await query.CountAsync(ct);
        if (count == 0) return (0, null);
        var latest = await query.OrderByDescending(e => e.PublishedAt).Select(e => e.PublishedAt).FirstAsync(ct);
        return (count, latest);
    }

    private sealed class Replace(Expression from, Expression to) : ExpressionVisitor
    {
        public override Expression? Visit(Expression? node) => node == from ? to : base.Visit(node);
    }

    /// <summary>Counts, clamps the page to the last one, and fetches one page: two queries, never the whole list.</summary>
    public static async Task<Paged<T>> ToPageAsync<T>(this IQueryable<T> query, int page, int pageSize, CancellationToken ct)
    {
        var total = await query.CountAsync(ct);
        var pages = Math.Max(1, (total + pageSize - 1) / pageSize);
        page = Math.Clamp(page, 1, pages);
        var items = await query.Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(ct);
        return new Paged<T>(items, page, pageSize, total);
    }
}

public sealed record Paged<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total)
{
    public int TotalPages => Math.Max(1, (Total + PageSize - 1) / PageSize);
}
