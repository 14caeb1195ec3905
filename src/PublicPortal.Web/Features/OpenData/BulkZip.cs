using System.IO.Compression;
using System.Text.Json;
using Microsoft.Extensions.Options;
using PublicPortal.Web.Infrastructure;

namespace PublicPortal.Web.Features.OpenData;

/// <summary>
/// /data/all.zip: every dataset as {slug}/data.csv (+ changes.csv) with its datapackage.json, and the DCAT catalogue.
/// Written entry by entry straight into the response with the async ZipArchive API (.NET 10): nothing is built in memory
/// or on disk first.
/// </summary>
public static class BulkZip
{
    public static async Task<IResult> WriteAsync(
        HttpContext context, DatasetCatalog catalog, IOptions<SiteOptions> site, CancellationToken ct)
    {
        var summaries = await catalog.SummariesAsync(ct);
        var version = new DatasetVersion(summaries.Sum(s => s.Version.RowCount), summaries.Max(s => s.Version.LastModified),
            Fingerprint.Of([.. summaries.Select(s => s.Version.Fingerprint)]));
        if (DownloadResponse.IsNotModified(context, version)) return Results.StatusCode(StatusCodes.Status304NotModified);
        DownloadResponse.Prepare(context, "application/zip", "all.zip");
        if (DownloadResponse.IsHead(context)) return Results.Empty;

        var baseUrl = catalog.BaseUrl(context.Request);
        var body = new WriteBehindStream(context.Response.Body);
        await using (var zip = await ZipArchive.CreateAsync(body, ZipArchiveMode.Create, leaveOpen: true, entryNameEncoding: null, ct))
            await WriteEntriesAsync(zip, catalog, site.Value.Name, baseUrl, summaries, ct);
        await body.FlushAsync(ct); // the central directory
        return Results.Empty;
    }

    private static async Task WriteEntriesAsync(ZipArchive zip, DatasetCatalog catalog, string siteName, string baseUrl,
        IReadOnlyList<DatasetCatalog.Summary> summaries, CancellationToken ct)
    {
        await WriteJsonAsync(zip, "catalog.jsonld", DcatCatalog.For(siteName, catalog.Publisher, baseUrl, summaries), ct);
        foreach (var (dataset, datasetVersion) in summaries)
        {
            await WriteCsvAsync(zip, $"{dataset.Slug}/data.csv", await dataset.SelectAsync(QueryCollection.Empty, null, ct), ct);
            if (dataset.HasChangeLog) await WriteCsvAsync(zip, $"{dataset.Slug}/changes.csv", dataset.Changes(), ct);
            var package = DataPackage.For(
                dataset, catalog.Publisher, baseUrl + OpenDataLicence.Path, datasetVersion, part => $"{part}.csv");
            await WriteJsonAsync(zip, $"{dataset.Slug}/datapackage.json", package, ct);
        }
    }

    private static async Task WriteCsvAsync(ZipArchive zip, string name, DatasetSelection selection, CancellationToken ct)
    {
        await using var entry = await zip.CreateEntry(name, CompressionLevel.Fastest).OpenAsync(ct);
        await DatasetWriter.WriteCsvAsync(entry, selection, ct);
    }

    private static async Task WriteJsonAsync(ZipArchive zip, string name, System.Text.Json.Nodes.JsonNode document, CancellationToken ct)
    {
        await using var entry = await zip.CreateEntry(name, CompressionLevel.Fastest).OpenAsync(ct);
        await using var json = new Utf8JsonWriter(entry, new JsonWriterOptions
        {
            Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        });
        document.WriteTo(json);
        await json.FlushAsync(ct);
    }
}
