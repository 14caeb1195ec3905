namespace PublicPortal.Web.Features.OpenData;

/// <summary>
/// One published dataset: what the catalogue says about it, its columns, and how to select its rows for a query string
/// and an optional year. Every format (dictionary, CSV, JSON, datapackage.json, ZIP) is produced from this one definition.
/// </summary>
public abstract class Dataset
{
    public abstract string Slug { get; }
    public abstract string Title { get; }
    public abstract string Description { get; }
    /// <summary>更新频率, as the catalogue shows it.</summary>
    public abstract string Frequency { get; }
    /// <summary>The same as a Dublin Core Collection Description frequency term, for DCAT (http://purl.org/cld/freq/…).</summary>
    public virtual string FrequencyTerm => "irregular";
    public abstract IReadOnlyList<DataField> Fields { get; }
    public abstract IReadOnlyList<string> PrimaryKey { get; }
    /// <summary>The public page listing the same rows, whose filters the downloads accept.</summary>
    public virtual string? ListPath => null;
    /// <summary>Whether rows carry a year, giving /data/{slug}/{year} and /latest downloads.</summary>
    public virtual bool HasYears => false;
    /// <summary>The register whose public change lines form this dataset's added/changed/removed log (/data/{slug}/changes).</summary>
    public virtual Registers.RegisterKind? ChangeKind => null;
    public bool HasChangeLog => ChangeKind is not null;

    /// <summary>
    /// The rows for a query string (the list page's filters) and year; an invalid query gives <see cref="DatasetSelection.Invalid"/>.
    /// </summary>
    public abstract Task<DatasetSelection> SelectAsync(IQueryCollection query, int? year, CancellationToken ct);

    /// <summary>Years having rows, newest first (empty when <see cref="HasYears"/> is false).</summary>
    public virtual Task<IReadOnlyList<int>> YearsAsync(CancellationToken ct) => Task.FromResult<IReadOnlyList<int>>([]);

    /// <summary>The change log, when <see cref="HasChangeLog"/>.</summary>
    public virtual DatasetSelection Changes() => DatasetSelection.Invalid("该数据集没有变更记录");

    public virtual IReadOnlyList<DataField> ChangeFields => [];
}

/// <summary>How many rows a selection has, when it last changed, and a fingerprint that changes whenever its content does.</summary>
public sealed record DatasetVersion(int RowCount, DateTime? LastModified, string Fingerprint);

/// <summary>Selected rows, read lazily: the version (cheap aggregate queries) first, then the rows streamed one by one.</summary>
public sealed class DatasetSelection
{
    public string? Error { get; private init; }
    public IReadOnlyList<DataField> Fields { get; private init; } = [];
    private Func<CancellationToken, Task<DatasetVersion>> _version = _ => throw new InvalidOperationException();
    private Func<CancellationToken, IAsyncEnumerable<object?[]>> _rows = _ => throw new InvalidOperationException();

    public static DatasetSelection Invalid(string error) => new() { Error = error };

    public static DatasetSelection Of(IReadOnlyList<DataField> fields, Func<CancellationToken, Task<DatasetVersion>> version,
        Func<CancellationToken, IAsyncEnumerable<object?[]>> rows) => new() { Fields = fields, _version = version, _rows = rows };

    /// <summary>A small selection already in memory (requirement tables, statistics): the fingerprint hashes the values.</summary>
    public static DatasetSelection InMemory(IReadOnlyList<DataField> fields, IReadOnlyList<object?[]> rows, DateTime? lastModified) =>
        Of(fields,
            _ => Task.FromResult(new DatasetVersion(rows.Count, lastModified, Fingerprint.OfRows(rows))),
            _ => rows.ToAsyncEnumerable());

    public Task<DatasetVersion> VersionAsync(CancellationToken ct) => _version(ct);
    public IAsyncEnumerable<object?[]> RowsAsync(CancellationToken ct) => _rows(ct);
}
