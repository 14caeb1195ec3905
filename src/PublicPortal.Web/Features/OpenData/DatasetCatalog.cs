using Microsoft.Extensions.Options;
using PublicPortal.Web.Infrastructure;

namespace PublicPortal.Web.Features.OpenData;

/// <summary>Every published dataset in catalogue order, with the facts the catalogue, DCAT and descriptors share.</summary>
public sealed class DatasetCatalog(
    PhaseOutDataset phaseOut, SealingDataset sealing, CardDataset cards, EmissionDataset emissions, QualityDataset quality,
    AnnouncementDataset announcements, AnnualListDataset annualLists, RequirementDataset requirements, TipStatisticsDataset statistics,
    IOptions<SiteOptions> site)
{
    public IReadOnlyList<Dataset> All { get; } =
        [phaseOut, annualLists, sealing, cards, emissions, quality, announcements, requirements, statistics];

    public AnnualListDataset AnnualLists => annualLists;

    /// <summary>发布机构: the portal's sponsor, which answers for the data it publishes on behalf of the departments.</summary>
    public string Publisher => site.Value.Sponsor;

    public Dataset? Find(string? slug) => All.FirstOrDefault(d => d.Slug == slug);

    public sealed record Summary(Dataset Dataset, DatasetVersion Version);

    /// <summary>Row count and last change of every whole dataset (no filters).</summary>
    public async Task<IReadOnlyList<Summary>> SummariesAsync(CancellationToken ct)
    {
        var list = new List<Summary>();
        foreach (var dataset in All) list.Add(await SummaryAsync(dataset, ct));
        return list;
    }

    public async Task<Summary> SummaryAsync(Dataset dataset, CancellationToken ct)
    {
        var selection = await dataset.SelectAsync(QueryCollection.Empty, null, ct);
        return new Summary(dataset, await selection.VersionAsync(ct));
    }

    /// <summary>Absolute URLs for descriptors.</summary>
    public string BaseUrl(HttpRequest request) => site.Value.AbsoluteBase(request);
}
