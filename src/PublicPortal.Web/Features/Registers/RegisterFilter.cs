using System.Globalization;
using PublicPortal.Web.Features.Reference;
using PublicPortal.Web.Infrastructure;

namespace PublicPortal.Web.Features.Registers;

/// <summary>
/// The query string every register list understands:
/// ?city=&amp;county=&amp;year=&amp;industry=&amp;aspect=&amp;status=&amp;q=&amp;sort=&amp;page=.
/// Read as strings and checked here, so a malformed value gives a 400 page with a Chinese message instead of a
/// silently ignored filter, and an over-long keyword or page number out of range is clamped.
/// </summary>
public class RegisterFilter
{
    public const int MaxKeywordLength = SearchKeyword.MaxLength;
    public const int PageSize = 20;

    public string? City { get; set; }
    public string? County { get; set; }
    public string? Year { get; set; }
    public string? Industry { get; set; }
    public string? Aspect { get; set; }
    public string? Status { get; set; }
    public string? Q { get; set; }
    public string? Sort { get; set; }
    public string? Page { get; set; }

    public static RegisterFilter From(IQueryCollection query) => new()
    {
        City = query["city"], County = query["county"], Year = query["year"], Industry = query["industry"],
        Aspect = query["aspect"], Status = query["status"], Q = query["q"], Sort = query["sort"], Page = query["page"],
    };

    public Jurisdiction? CityNode { get; private set; }
    public Jurisdiction? CountyNode { get; private set; }
    public int? YearValue { get; private set; }
    public Industry? IndustryNode { get; private set; }
    public Aspect? AspectNode { get; private set; }
    public string? Keyword { get; private set; }
    public int PageNumber { get; private set; } = 1;

    /// <summary>Checks and resolves the values; returns a Chinese message for the first bad one, or null.</summary>
    public string? Validate(ReferenceLookup.Snapshot refs)
    {
        if (!string.IsNullOrEmpty(City))
        {
            CityNode = refs.Jurisdiction(City);
            if (CityNode is null || CityNode.Level != JurisdictionLevel.City) return $"未知的地市代码：{Clip(City)}";
        }
        if (!string.IsNullOrEmpty(County))
        {
            CountyNode = refs.Jurisdiction(County);
            if (CountyNode is null || CountyNode.Level != JurisdictionLevel.County) return $"未知的县（市、区）代码：{Clip(County)}";
            if (CityNode is not null && CountyNode.ParentId != CityNode.Id) return $"{CountyNode.Name}不属于{CityNode.Name}";
        }
        if (!string.IsNullOrEmpty(Year))
        {
            if (!int.TryParse(Year, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 1990 or > 2100)
                return $"年份应为四位数字，例如 2023，而不是“{Clip(Year)}”";
            YearValue = year;
        }
        if (!string.IsNullOrEmpty(Industry) && (IndustryNode = refs.Industry(Industry)) is null) return $"未知的行业代码：{Clip(Industry)}";
        if (!string.IsNullOrEmpty(Aspect) && (AspectNode = refs.Aspect(Aspect)) is null) return $"未知的方面代码：{Clip(Aspect)}";
        if (!string.IsNullOrEmpty(Page))
        {
            if (!long.TryParse(Page, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var page))
                return $"页码应为数字，而不是“{Clip(Page)}”";
            PageNumber = (int)Math.Clamp(page, 1, int.MaxValue);
        }
        Keyword = SearchKeyword.Clamp(Q);
        return null;
    }

    public bool HasAnyFilter => CityNode is not null || CountyNode is not null || YearValue is not null || IndustryNode is not null
        || AspectNode is not null || !string.IsNullOrEmpty(Status) || Keyword is not null;

    private static string Clip(string value) => value.Length > 20 ? value[..20] + "…" : value;
}
