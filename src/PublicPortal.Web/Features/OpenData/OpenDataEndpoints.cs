using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using PublicPortal.Web.Data;
using PublicPortal.Web.Features.Publishing;
using PublicPortal.Web.Infrastructure;

namespace PublicPortal.Web.Features.OpenData;

/// <summary>
/// The download URLs under /data (the HTML catalogue and dataset pages are Razor Pages in Pages/Data). Every URL is
/// stable: /data/{slug}.csv|json?filters, /data/{slug}/{year}.csv|json, /data/{slug}/latest.csv|json,
/// /data/{slug}/changes.csv|json, /data/{slug}/datapackage.json, /data/catalog.jsonld, /data/all.zip and the annual
/// lists' versions. The output cache is off here: it would buffer whole bodies; ETag/304 does the caching instead.
/// </summary>
public static class OpenDataEndpoints
{
    private static readonly string[] GetHead = [HttpMethods.Get, HttpMethods.Head];

    public static IEndpointRouteBuilder MapOpenData(this IEndpointRouteBuilder app)
    {
        var data = app.MapGroup("/data").CacheOutput(policy => policy.NoCache());
        data.AddEndpointFilter(async (context, next) =>
        {
            DownloadResponse.AllowAnyOrigin(context.HttpContext.Response);
            // A CORS preflight is routed to the GET endpoint it asks about (see Download); answer it without running it.
            return HttpMethods.IsOptions(context.HttpContext.Request.Method) ? Preflight(context.HttpContext) : await next(context);
        });
        data.MapMethods("/{**path}", [HttpMethods.Options], Preflight);

        Download(data, "/catalog.jsonld", CatalogAsync);
        Download(data, "/all.zip", BulkZip.WriteAsync);
        Download(data, "/annual-lists/{code}/{year:int}/v{version:int}.{format}", AnnualVersionAsync);
        Download(data, "/annual-lists/{code}/{year:int}/latest.{format}", AnnualLatestAsync);
        Download(data, "/annual-lists/{code}/{year:int}/changes.{format}", AnnualChangesAsync);
        Download(data, "/{slug}/datapackage.json", DataPackageAsync);
        Download(data, "/{slug}/changes.{format}", ChangesAsync);
        Download(data, "/{slug}/latest.{format}", LatestAsync);
        Download(data, "/{slug}/{year:int}.{format}", YearAsync);
        Download(data, "/{slug}.{format}", WholeAsync);
        return app;
    }

    /// <summary>
    /// GET and HEAD; also matched by CORS preflights (a script sending If-None-Match asks first), which the group filter answers.
    /// </summary>
    private static void Download(RouteGroupBuilder data, string pattern, Delegate handler) =>
        data.MapMethods(pattern, GetHead, handler).WithMetadata(new HttpMethodMetadata(GetHead, acceptCorsPreflight: true));

    private static IResult Preflight(HttpContext context)
    {
        DownloadResponse.AllowAnyOrigin(context.Response);
        context.Response.Headers.AccessControlAllowMethods = "GET, HEAD, OPTIONS";
        context.Response.Headers.AccessControlAllowHeaders = "If-None-Match, If-Modified-Since";
        context.Response.Headers.AccessControlMaxAge = "86400";
        return Results.NoContent();
    }

    private static async Task<IResult> WholeAsync(
        HttpContext context, string slug, string format, DatasetCatalog catalog, CancellationToken ct)
    {
        if (catalog.Find(slug) is not { } dataset || !IsFormat(format)) return Results.NotFound();
        var selection = await dataset.SelectAsync(context.Request.Query, null, ct);
        return await ServeAsync(context, selection, dataset.Slug, format, $"{slug}.{format}", ct);
    }

    private static async Task<IResult> YearAsync(
        HttpContext context, string slug, int year, string format, DatasetCatalog catalog, CancellationToken ct)
    {
        if (catalog.Find(slug) is not { HasYears: true } dataset || !IsFormat(format) || !(await dataset.YearsAsync(ct)).Contains(year))
            return Results.NotFound();
        var selection = await dataset.SelectAsync(context.Request.Query, year, ct);
        return await ServeAsync(context, selection, dataset.Slug, format, $"{slug}-{year}.{format}", ct);
    }

    /// <summary>
    /// The newest year's rows, served here (not redirected) so a script's fixed URL always works; the headers name the year's own URL.
    /// </summary>
    private static async Task<IResult> LatestAsync(
        HttpContext context, string slug, string format, DatasetCatalog catalog, CancellationToken ct)
    {
        if (catalog.Find(slug) is not { HasYears: true } dataset || !IsFormat(format)) return Results.NotFound();
        var years = await dataset.YearsAsync(ct);
        if (years.Count == 0) return Results.NotFound();
        NameCanonical(context, $"/data/{slug}/{years[0]}.{format}");
        var selection = await dataset.SelectAsync(context.Request.Query, years[0], ct);
        return await ServeAsync(context, selection, dataset.Slug, format, $"{slug}-{years[0]}.{format}", ct);
    }

    private static async Task<IResult> ChangesAsync(
        HttpContext context, string slug, string format, DatasetCatalog catalog, CancellationToken ct)
    {
        if (catalog.Find(slug) is not { HasChangeLog: true } dataset || !IsFormat(format)) return Results.NotFound();
        return await ServeAsync(context, dataset.Changes(), dataset.Slug + "-changes", format, $"{slug}-changes.{format}", ct);
    }

    private static async Task<IResult> AnnualVersionAsync(HttpContext context, string code, int year, int version, string format,
        DatasetCatalog catalog, PortalDbContext db, CancellationToken ct)
    {
        if (!IsFormat(format) || await db.FindYearAsync(code, year, ct) is not { } list || list.Versions.All(v => v.Version != version))
            return Results.NotFound();
        return await ServeAsync(context, catalog.AnnualLists.Select(code, year, version), "annual-lists", format,
            $"annual-list-{code}-{year}-v{version}.{format}", ct);
    }

    private static async Task<IResult> AnnualLatestAsync(HttpContext context, string code, int year, string format,
        DatasetCatalog catalog, PortalDbContext db, CancellationToken ct)
    {
        if (!IsFormat(format) || await db.FindYearAsync(code, year, ct) is not { } list) return Results.NotFound();
        var version = list.Latest.Version;
        NameCanonical(context, $"/data/annual-lists/{code}/{year}/v{version}.{format}");
        return await ServeAsync(context, catalog.AnnualLists.Select(code, year, version), "annual-lists", format,
            $"annual-list-{code}-{year}-v{version}.{format}", ct);
    }

    private static async Task<IResult> AnnualChangesAsync(
        HttpContext context, string code, int year, string format, DatasetCatalog catalog, CancellationToken ct)
    {
        if (!IsFormat(format) || await catalog.AnnualLists.DiffsAsync(code, year, ct) is not { } diffs) return Results.NotFound();
        return await ServeAsync(context, diffs, "annual-list-changes", format, $"annual-list-{code}-{year}-changes.{format}", ct);
    }

    private static async Task<IResult> DataPackageAsync(HttpContext context, string slug, DatasetCatalog catalog, CancellationToken ct)
    {
        if (catalog.Find(slug) is not { } dataset) return Results.NotFound();
        var summary = await catalog.SummaryAsync(dataset, ct);
        var baseUrl = catalog.BaseUrl(context.Request);
        var package = DataPackage.For(dataset, catalog.Publisher, baseUrl + OpenDataLicence.Path, summary.Version,
            part => part == "data" ? $"{baseUrl}/data/{slug}.csv" : $"{baseUrl}/data/{slug}/changes.csv");
        return await ServeJsonAsync(context, summary.Version, package, "application/json", ct);
    }

    private static async Task<IResult> CatalogAsync(
        HttpContext context, DatasetCatalog catalog, IOptions<SiteOptions> site, CancellationToken ct)
    {
        var summaries = await catalog.SummariesAsync(ct);
        var version = new DatasetVersion(summaries.Sum(s => s.Version.RowCount), summaries.Max(s => s.Version.LastModified),
            Fingerprint.Of([.. summaries.Select(s => s.Version.Fingerprint)]));
        var dcat = DcatCatalog.For(site.Value.Name, catalog.Publisher, catalog.BaseUrl(context.Request), summaries);
        return await ServeJsonAsync(context, version, dcat, "application/ld+json", ct);
    }

    private static async Task<IResult> ServeJsonAsync(
        HttpContext context, DatasetVersion version, JsonNode document, string contentType, CancellationToken ct)
    {
        if (DownloadResponse.IsNotModified(context, version)) return Results.StatusCode(StatusCodes.Status304NotModified);
        DownloadResponse.Prepare(context, contentType + "; charset=utf-8", null);
        if (DownloadResponse.IsHead(context)) return Results.Empty;
        await using var json = new Utf8JsonWriter(context.Response.Body, new JsonWriterOptions
        {
            Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        });
        document.WriteTo(json);
        await json.FlushAsync(ct);
        return Results.Empty;
    }

    private static async Task<IResult> ServeAsync(
        HttpContext context, DatasetSelection selection, string name, string format, string fileName, CancellationToken ct)
    {
        if (selection.Error is { } error) return DownloadResponse.BadRequest(context, error);
        if (DownloadResponse.IsNotModified(context, await selection.VersionAsync(ct)))
            return Results.StatusCode(StatusCodes.Status304NotModified);
        if (format == "csv")
        {
            DownloadResponse.Prepare(context, "text/csv; charset=utf-8; header=present", fileName);
            if (!DownloadResponse.IsHead(context)) await DatasetWriter.WriteCsvAsync(context.Response.Body, selection, ct);
        }
        else
        {
            DownloadResponse.Prepare(context, "application/json; charset=utf-8", null);
            if (!DownloadResponse.IsHead(context)) await DatasetWriter.WriteJsonAsync(context.Response.Body, name, selection, ct);
        }
        return Results.Empty;
    }

    private static void NameCanonical(HttpContext context, string path)
    {
        var url = path + context.Request.QueryString;
        context.Response.Headers.ContentLocation = url;
        context.Response.Headers.Link = $"<{url}>; rel=\"canonical\"";
    }

    private static bool IsFormat(string format) => format is "csv" or "json";
}
