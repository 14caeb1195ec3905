using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PublicPortal.Web.Features.Reference;
using PublicPortal.Web.Infrastructure;

namespace PublicPortal.Web.Features.Registers;

/// <summary>What every register list page shares: reading and checking the filter, the option lists and page links.</summary>
public abstract class RegisterListModel<TRow>(ReferenceLookup lookup, IRegisterListQuery listQuery) : PageModel
{
    public RegisterFilter Filter { get; private set; } = new();
    public ReferenceLookup.Snapshot Refs { get; private set; } = null!;
    public Paged<TRow> Result { get; protected set; } = new([], 1, RegisterFilter.PageSize, 0);

    public IReadOnlyList<Option> StatusOptions => listQuery.StatusOptions;
    public abstract IReadOnlyList<Option> SortOptions { get; }
    public virtual string KeywordHint => "企业名称、统一社会信用代码";

    /// <summary>Filters only this register has (e.g. ?card=red), each a choice among fixed values.</summary>
    public IReadOnlyList<ExtraFilter> ExtraFilters => listQuery.ExtraFilters;

    /// <summary>The checked query string; pass it to the register's <see cref="RegisterListQuery{T}.Apply"/>.</summary>
    public RegisterCriteria Criteria { get; private set; } = new(new RegisterFilter(), new Dictionary<string, string>(), null);

    /// <summary>The checked value of one of <see cref="ExtraFilters"/>, or null when it is not set.</summary>
    public string? Extra(string name) => Criteria.Extras.GetValueOrDefault(name);

    public bool HasAnyFilter => Criteria.HasAnyFilter;

    public ResultSummary Summary => new(Result.Total, Result.Page, Result.TotalPages, HasAnyFilter);

    /// <summary>The sort key in force: the requested one if it is known, else the first.</summary>
    public string SortKey => SortOptions.Any(o => o.Value == Filter.Sort) ? Filter.Sort! : SortOptions[0].Value;

    /// <summary>Reads the query; returns a 400 result with a Chinese message if it is malformed, else null.</summary>
    protected async Task<IActionResult?> ReadFilterAsync(CancellationToken ct)
    {
        Refs = await lookup.GetAsync(ct);
        Criteria = listQuery.Read(Request.Query, Refs);
        Filter = Criteria.Filter;
        return Criteria.Error is null ? null : this.BadRequestPage(Criteria.Error);
    }

    /// <summary>This list's URL with the current filters and another page number.</summary>
    public string PageUrl(int page) => QueryUrl.With(Request, "page", page == 1 ? null : page.ToString(CultureInfo.InvariantCulture));

    public FilterFormModel FilterForm(string action, bool showAspect = true, bool showIndustry = true) =>
        new(action, Filter, Refs, StatusOptions, SortOptions, SortKey, KeywordHint, showAspect, showIndustry,
            ExtraFilters.Select(f => new ExtraFilterValue(f, Extra(f.Name))).ToList());
}

public sealed record Option(string Value, string Label)
{
    /// <summary>One option per enum value: the name in the query string, the Chinese label on screen.</summary>
    public static IReadOnlyList<Option> ForEnum<TEnum>(Func<TEnum, string> label) where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>().Select(v => new Option(v.ToString(), label(v))).ToList();
}

/// <summary>A register's own filter: query key <paramref name="Name"/>, shown as a select with an "all" choice first.</summary>
public sealed record ExtraFilter(string Name, string Label, string AllLabel, IReadOnlyList<Option> Options);

public sealed record ExtraFilterValue(ExtraFilter Filter, string? Selected);

public sealed record ResultSummary(int Total, int Page, int TotalPages, bool Filtered);

public sealed record FilterFormModel(
    string Action, RegisterFilter Filter, ReferenceLookup.Snapshot Refs, IReadOnlyList<Option> StatusOptions,
    IReadOnlyList<Option> SortOptions, string SortKey, string KeywordHint, bool ShowAspect, bool ShowIndustry,
    IReadOnlyList<ExtraFilterValue> Extras);
