using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Net.Http.Headers;

namespace PublicPortal.Web.Infrastructure;

/// <summary>
/// The one rule for sharing a response between visitors (the output cache's base policy, so it covers every endpoint):
/// only a 200 answer to an anonymous GET or HEAD outside /staff that set no cookie and did not itself say
/// <c>no-store</c>, <c>no-cache</c> or <c>private</c>. Antiforgery sets <c>Cache-Control: no-cache, no-store</c> on every
/// response it writes a token into, so no page with a form (report, track, sign-in, two-factor…) is ever shared, whatever
/// its path; the decision is taken after the page has run, so a new page cannot be forgotten. Entries vary by the whole query
/// string and the 长者模式 cookie, and carry the tag <see cref="Tag"/>: <see cref="PublicPageEviction"/> drops them all
/// when a save changes something public pages show, so a published, corrected or withdrawn entry shows on the next request.
/// </summary>
public sealed class PublicPageCache(TimeSpan expiry) : IOutputCachePolicy
{
    public const string Tag = "public";

    /// <summary>
    /// The back office: never shared, and marked no-store for browsers and proxies (<see cref="PrivateResponses.UsePrivateResponses"/>).
    /// </summary>
    public static bool IsPrivatePath(PathString path) => path.StartsWithSegments("/staff", StringComparison.OrdinalIgnoreCase);

    ValueTask IOutputCachePolicy.CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        var shareable = (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method))
            && !http.Request.Headers.ContainsKey(HeaderNames.Authorization)
            && http.User.Identity?.IsAuthenticated != true
            && !IsPrivatePath(http.Request.Path);
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = shareable;
        context.AllowCacheStorage = shareable;
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = expiry;
        context.CacheVaryByRules.QueryKeys = "*";
        context.CacheVaryByRules.VaryByValues["elder"] = ElderMode.IsOn(http) ? "1" : "0";
        context.Tags.Add(Tag);
        return ValueTask.CompletedTask;
    }

    ValueTask IOutputCachePolicy.ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    /// <summary>Runs once the endpoint has finished, before the entry is stored.</summary>
    ValueTask IOutputCachePolicy.ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        if (response.StatusCode != StatusCodes.Status200OK || response.Headers.SetCookie.Count > 0
            || SaysPrivate(response.Headers.CacheControl))
            context.AllowCacheStorage = false;
        return ValueTask.CompletedTask;
    }

    private static bool SaysPrivate(Microsoft.Extensions.Primitives.StringValues cacheControl) =>
        HeaderUtilities.ContainsCacheDirective(cacheControl, CacheControlHeaderValue.NoStoreString)
        || HeaderUtilities.ContainsCacheDirective(cacheControl, CacheControlHeaderValue.NoCacheString)
        || HeaderUtilities.ContainsCacheDirective(cacheControl, CacheControlHeaderValue.PrivateString);
}

public static class PrivateResponses
{
    /// <summary>
    /// Responses that belong to one person say so to browsers and proxies: everything under /staff, and any response that sets
    /// a cookie (the 长者模式 toggle, the first visit to a form), gets <c>Cache-Control: no-store</c> unless it already says
    /// no-store or private. Register it before authentication so its callback runs after theirs (OnStarting runs last-in first).
    /// </summary>
    public static IApplicationBuilder UsePrivateResponses(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var isPrivatePath = PublicPageCache.IsPrivatePath(context.Request.Path);
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            if (isPrivatePath)
                headers.CacheControl = "no-store";
            else if (headers.SetCookie.Count > 0
                && !HeaderUtilities.ContainsCacheDirective(headers.CacheControl, CacheControlHeaderValue.NoStoreString)
                && !HeaderUtilities.ContainsCacheDirective(headers.CacheControl, CacheControlHeaderValue.PrivateString))
                headers.CacheControl = "no-store";
            return Task.CompletedTask;
        });
        await next();
    });
}
