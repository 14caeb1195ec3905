using Microsoft.EntityFrameworkCore;

namespace PublicPortal.Web.Features.Registers;

/// <summary>The filters every register shares, applied in the database (each maps to an indexed column).</summary>
public static class RegisterQueries
{
    public static IQueryable<T> WhereCommon<T>(this IQueryable<T> query, RegisterFilter filter) where T : RegisterEntry
    {
        if (filter.CountyNode is { } county) query = query.Where(e => e.JurisdictionId == county.Id);
        else if (filter.CityNode is { } city) query = query.Where(e => e.CityId == city.Id);
        if (filter.YearValue is { } year) query = query.Where(e => e.Year == year);
        if (filter.IndustryNode is { } industry) query = query.Where(e => e.IndustryId == industry.Id);
        if (filter.AspectNode is { } aspect) query = query.Where(e => e.AspectId == aspect.Id);
        return query;
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
