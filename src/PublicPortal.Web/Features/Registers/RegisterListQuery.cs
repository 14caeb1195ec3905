using System.Linq.Expressions;
using PublicPortal.Web.Features.Reference;

namespace PublicPortal.Web.Features.Registers;

/// <summary>
/// One register's filters as its public list offers them: the common ones, its statuses, its own extra filters (e.g.
/// ?card=red) and what the keyword searches. The list page and the open-data download both read and apply the query
/// string here, so a filtered page and a filtered download always select the same rows.
/// </summary>
public abstract class RegisterListQuery<T> : IRegisterListQuery where T : RegisterEntry
{
    public abstract IReadOnlyList<Option> StatusOptions { get; }
    public virtual IReadOnlyList<ExtraFilter> ExtraFilters => [];
    /// <summary>The register's own main text the keyword box searches besides the enterprise's name and code.</summary>
    protected abstract Expression<Func<T, string>> KeywordText { get; }
    protected abstract IQueryable<T> WhereStatus(IQueryable<T> query, string status, DateOnly today);
    protected virtual IQueryable<T> WhereExtras(IQueryable<T> query, IReadOnlyDictionary<string, string> extras) => query;

    public RegisterCriteria Read(IQueryCollection query, ReferenceLookup.Snapshot refs)
    {
        var filter = RegisterFilter.From(query);
        var error = filter.Validate(refs);
        if (error is null && !string.IsNullOrEmpty(filter.Status) && StatusOptions.All(o => o.Value != filter.Status))
            error = "未知的状态筛选条件";
        var extras = new Dictionary<string, string>();
        foreach (var extra in ExtraFilters)
        {
            if (error is not null) break;
            string? value = query[extra.Name];
            if (string.IsNullOrEmpty(value)) continue;
            if (extra.Options.All(o => o.Value != value))
                error = $"未知的{extra.Label}筛选条件：{(value.Length > 20 ? value[..20] + "…" : value)}";
            else extras[extra.Name] = value;
        }
        return new RegisterCriteria(filter, extras, error);
    }

    /// <summary>Published rows matching <paramref name="criteria"/>; "today" decides date-relative statuses (逾期未拆除).</summary>
    public IQueryable<T> Apply(IQueryable<T> source, RegisterCriteria criteria, DateOnly today)
    {
        var query = WhereExtras(source.WhereCommon(criteria.Filter).WhereKeyword(criteria.Filter.Keyword, KeywordText), criteria.Extras);
        return string.IsNullOrEmpty(criteria.Filter.Status) ? query : WhereStatus(query, criteria.Filter.Status, today);
    }
}

/// <summary>The non-generic face of <see cref="RegisterListQuery{T}"/>, for the list page base class.</summary>
public interface IRegisterListQuery
{
    IReadOnlyList<Option> StatusOptions { get; }
    IReadOnlyList<ExtraFilter> ExtraFilters { get; }
    RegisterCriteria Read(IQueryCollection query, ReferenceLookup.Snapshot refs);
}

/// <summary>
/// A checked query string: the common filter, the register's extra filters, or the Chinese message of the first bad value.
/// </summary>
public sealed record RegisterCriteria(RegisterFilter Filter, IReadOnlyDictionary<string, string> Extras, string? Error)
{
    public bool HasAnyFilter => Filter.HasAnyFilter || Extras.Count > 0;
}
