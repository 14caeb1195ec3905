using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace PublicPortal.Web.Infrastructure;

/// <summary>
/// Behind nginx (or a load balancer) the client's address, which the rate limits of the public forms count by, and the
/// scheme come from X-Forwarded-For / X-Forwarded-Proto. Those headers are believed only from the proxies configured in
/// "ForwardedHeaders:KnownProxies" (addresses) and "ForwardedHeaders:KnownNetworks" (CIDR ranges): none by default, not even
/// loopback (ASP.NET Core's default), since anything that can reach the app through a local proxy that passes the header on
/// could otherwise rotate it and escape the limits. Entries that do not parse stop the app at start-up.
/// With none configured the middleware is not used at all: with both lists empty it would believe every client.
/// </summary>
public static class ForwardedHeadersSetup
{
    public const string Section = "ForwardedHeaders";

    public static IServiceCollection AddPortalForwardedHeaders(this IServiceCollection services, IConfiguration configuration)
    {
        var proxies = Entries(configuration, "KnownProxies").Select(entry => IPAddress.TryParse(entry, out var address)
            ? address : throw Invalid("KnownProxies", entry, "an IP address such as 127.0.0.1")).ToList();
        var networks = Entries(configuration, "KnownNetworks").Select(entry => System.Net.IPNetwork.TryParse(entry, out var network)
            ? network : throw Invalid("KnownNetworks", entry, "a CIDR range such as 10.0.0.0/8")).ToList();
        // Also what the IIS integration's own forwarded-headers step reads (out-of-process hosting).
        return services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = proxies.Count + networks.Count == 0
                ? ForwardedHeaders.None
                : ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            proxies.ForEach(options.KnownProxies.Add);
            networks.ForEach(options.KnownIPNetworks.Add);
        });
    }

    /// <summary>First in the pipeline, so that everything after it sees the client's address.</summary>
    public static IApplicationBuilder UsePortalForwardedHeaders(this IApplicationBuilder app) =>
        app.ApplicationServices.GetRequiredService<IOptions<ForwardedHeadersOptions>>().Value.ForwardedHeaders == ForwardedHeaders.None
            ? app
            : app.UseForwardedHeaders();

    /// <summary>An array in appsettings.json ("KnownProxies": ["127.0.0.1"]) or environment variables
    /// (ForwardedHeaders__KnownProxies__0), or one comma-separated value (ForwardedHeaders__KnownProxies=127.0.0.1,::1).</summary>
    private static IEnumerable<string> Entries(IConfiguration configuration, string key)
    {
        var section = configuration.GetSection(Section).GetSection(key);
        var values = section.Value is { } single ? [single] : section.GetChildren().Select(c => c.Value ?? "");
        return values.SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    private static InvalidOperationException Invalid(string key, string entry, string expected) =>
        new($"{Section}:{key}: \"{entry}\" is not {expected}.");
}
