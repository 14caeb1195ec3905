using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using PublicPortal.Web.Infrastructure;

namespace PublicPortal.Web.Features.Open311;

/// <summary>
/// POSTs per client address per minute, whoever is signed in, counted before the form (and so the key) is read; the
/// endpoint then also limits each key (<see cref="Open311KeyLimiter"/>). Refusals are the Open311 errors list partner
/// systems parse, not the site's HTML page.
/// </summary>
public sealed class Open311RateLimit(IOptionsMonitor<Open311Options> options) : IRateLimiterPolicy<string>
{
    public const string Name = "open311-post";

    public RateLimitPartition<string> GetPartition(HttpContext httpContext)
    {
        // Counted in Redis when configured, so the limit holds whichever node answers (see SharedRateLimit).
        var key = $"open311:{httpContext.Connection.RemoteIpAddress}";
        return SharedRateLimit.FixedWindow(httpContext.RequestServices, key, key, options.CurrentValue.PostsPerMinute,
            TimeSpan.FromMinutes(1));
    }

    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected { get; } = async (context, _) =>
    {
        var http = context.HttpContext;
        http.Response.Headers.RetryAfter = "60";
        await Open311Endpoints.Answer(Open311Endpoints.Format(http), StatusCodes.Status429TooManyRequests,
            Open311Document.Errors(429, "提交过于频繁，请一分钟后再试。")).ExecuteAsync(http);
    };
}
