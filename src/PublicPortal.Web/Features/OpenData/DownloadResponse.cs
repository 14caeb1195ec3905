using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;
using PublicPortal.Web.Infrastructure;

namespace PublicPortal.Web.Features.OpenData;

/// <summary>The HTTP side of a download: CORS, validators (ETag, Last-Modified) and 304s, Chinese error pages.</summary>
public static class DownloadResponse
{
    /// <summary>Anyone may fetch open data from a browser script; nothing is credentialed, so a wildcard is safe.</summary>
    public static void AllowAnyOrigin(HttpResponse response)
    {
        response.Headers.AccessControlAllowOrigin = "*";
        response.Headers.AccessControlExposeHeaders = "ETag, Last-Modified, Content-Location, Link, Content-Disposition";
    }

    /// <summary>A 400 rendered by the status-code page with the message in Chinese, as the list pages answer.</summary>
    public static IResult BadRequest(HttpContext context, string message)
    {
        context.Items[PageModelExtensions.ErrorMessageKey] = message;
        return Results.StatusCode(StatusCodes.Status400BadRequest);
    }

    /// <summary>
    /// Sets ETag (from the version's fingerprint, the path and the query) and Last-Modified, and tells whether the
    /// client's copy is current. "no-cache": clients and proxies may keep the file but must revalidate, which costs
    /// the few aggregate queries of the version and no rows.
    /// </summary>
    public static bool IsNotModified(HttpContext context, DatasetVersion version)
    {
        var request = context.Request;
        var etag = new EntityTagHeaderValue($"\"{Fingerprint.Of(request.Path.Value, request.QueryString.Value, version.Fingerprint)}\"");
        var headers = context.Response.GetTypedHeaders();
        headers.ETag = etag;
        headers.CacheControl = new CacheControlHeaderValue { Public = true, NoCache = true };
        DateTimeOffset? modified = version.LastModified is { } m
            ? new DateTimeOffset(DateTime.SpecifyKind(m, DateTimeKind.Utc)).AddTicks(-(m.Ticks % TimeSpan.TicksPerSecond)) : null;
        if (modified is not null) headers.LastModified = modified;

        var requestHeaders = request.GetTypedHeaders();
        if (requestHeaders.IfNoneMatch is { Count: > 0 } candidates)
            return candidates.Any(c => c.Equals(EntityTagHeaderValue.Any) || c.Compare(etag, useStrongComparison: false));
        return modified is not null && requestHeaders.IfModifiedSince is { } since && modified <= since;
    }

    public static void Prepare(HttpContext context, string contentType, string? attachmentName)
    {
        context.Response.ContentType = contentType;
        if (attachmentName is not null)
            context.Response.Headers.ContentDisposition =
                new ContentDispositionHeaderValue("attachment") { FileNameStar = attachmentName, FileName = attachmentName }.ToString();
        // Rows go out as they are read; nothing may hold the body back.
        context.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
    }

    public static bool IsHead(HttpContext context) => HttpMethods.IsHead(context.Request.Method);
}
