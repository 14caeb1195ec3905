using Microsoft.Extensions.Options;
using PublicPortal.Web.Features.OpenData;
using PublicPortal.Web.Features.Reference;
using PublicPortal.Web.Infrastructure;

namespace PublicPortal.Web.Features.Feeds;

/// <summary>/feeds/{slug}.atom and /feeds/jurisdictions/{code}.atom. Anonymous GETs, so the output cache serves repeats.</summary>
public static class FeedEndpoints
{
    public const string ContentType = "application/atom+xml; charset=utf-8";

    public static IServiceCollection AddFeeds(this IServiceCollection services) => services.AddScoped<FeedQueries>();

    public static IEndpointRouteBuilder MapFeeds(this IEndpointRouteBuilder app)
    {
        app.MapGet("/feeds/{slug}.atom", async (
            string slug, HttpContext context, FeedQueries feeds, IOptions<SiteOptions> site, TimeProvider clock, CancellationToken ct) =>
        {
            if (FeedCatalog.Find(slug) is not { } feed) return Results.NotFound();
            var items = await feeds.ReadAsync(slug, FeedScope.Everywhere, ct);
            var header = new AtomWriter.FeedHeader($"{feed.Title} - {site.Value.Jurisdiction}{site.Value.Name}", feed.Description,
                FeedCatalog.Url(slug), feed.PagePath, site.Value.Sponsor, Updated(items, clock));
            return await WriteAsync(context, header, items, site.Value);
        });
        app.MapGet("/feeds/jurisdictions/{code}.atom", async (string code, HttpContext context, FeedQueries feeds, ReferenceLookup lookup,
            IOptions<SiteOptions> site, TimeProvider clock, CancellationToken ct) =>
        {
            var refs = await lookup.GetAsync(ct);
            if (refs.Jurisdiction(code) is not { } place) return Results.NotFound();
            var items = await feeds.ReadAsync(FeedCatalog.All, FeedScope.Of(place, refs), ct);
            var page = place.Level switch
            {
                JurisdictionLevel.City => $"/lists/phase-out?city={place.Code}",
                JurisdictionLevel.County =>
                    $"/lists/phase-out?city={refs.Jurisdictions.First(j => j.Id == place.ParentId).Code}&county={place.Code}",
                _ => "/",
            };
            var header = new AtomWriter.FeedHeader($"{place.Name}全部更新 - {site.Value.Jurisdiction}{site.Value.Name}",
                $"{place.Name}的通知公告、各类公开名单和年度名单的新发布、更正和撤回。", FeedCatalog.JurisdictionUrl(place.Code), page,
                site.Value.Sponsor, Updated(items, clock));
            return await WriteAsync(context, header, items, site.Value);
        });
        return app;
    }

    /// <summary>An empty feed still needs an updated time; "now" is honest (nothing has been published yet).</summary>
    private static DateTime Updated(IReadOnlyList<FeedItem> items, TimeProvider clock) =>
        items.Count > 0 ? items.Max(i => i.UpdatedAt) : clock.GetUtcNow().UtcDateTime;

    private static async Task<IResult> WriteAsync(
        HttpContext context, AtomWriter.FeedHeader header, IReadOnlyList<FeedItem> items, SiteOptions site)
    {
        // The same validators as the open-data downloads: an ETag of what the feed lists and Last-Modified, 304 when current.
        var version = new DatasetVersion(items.Count, header.UpdatedAt,
            Fingerprint.Of(header.Title, string.Join(' ', items.Select(i => $"{i.Path}@{i.UpdatedAt.Ticks}"))));
        DownloadResponse.AllowAnyOrigin(context.Response);
        if (DownloadResponse.IsNotModified(context, version)) return Results.StatusCode(StatusCodes.Status304NotModified);
        var baseUrl = site.AbsoluteBase(context.Request);
        context.Response.ContentType = ContentType;
        await AtomWriter.WriteAsync(context.Response.Body, header, items, baseUrl, context.RequestAborted);
        return Results.Empty;
    }
}
