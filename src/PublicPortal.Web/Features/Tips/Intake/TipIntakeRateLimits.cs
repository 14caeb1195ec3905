using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using PublicPortal.Web.Infrastructure;

namespace PublicPortal.Web.Features.Tips.Intake;

/// <summary>
/// Per-client limits on the public tip-off forms, applied with <c>[EnableRateLimiting]</c> on their pages: filing
/// (<see cref="Submit"/>) and looking up, messaging and rating (<see cref="Lookup"/>). Only anonymous POSTs count;
/// showing the pages, and staff, are never limited.
/// </summary>
public static class TipIntakeRateLimits
{
    public const string Submit = "tip-submit";
    public const string Lookup = "tip-lookup";

    /// <summary>Bound from "RateLimit".</summary>
    public class Options
    {
        public const string Section = "RateLimit";
        public int PostsPerMinute { get; set; } = 10;
        public int LookupsPerMinute { get; set; } = 10;
    }

    public static void AddPolicies(RateLimiterOptions options)
    {
        options.AddPolicy(Submit, context => PerClient(context, Submit, o => o.PostsPerMinute));
        options.AddPolicy(Lookup, context => PerClient(context, Lookup, o => o.LookupsPerMinute));
    }

    private static RateLimitPartition<string> PerClient(HttpContext context, string policy, Func<Options, int> permits)
    {
        if (!HttpMethods.IsPost(context.Request.Method) || context.User.Identity?.IsAuthenticated == true)
            return RateLimitPartition.GetNoLimiter("unlimited");
        var limits = context.RequestServices.GetRequiredService<IOptionsMonitor<Options>>().CurrentValue;
        var client = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        // Counted in Redis when configured, so the limit holds whichever node answers (see SharedRateLimit).
        var key = $"{policy}:{client}";
        return SharedRateLimit.FixedWindow(context.RequestServices, key, key, permits(limits), TimeSpan.FromMinutes(1));
    }
}
