using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using PublicPortal.Web.Data;

namespace PublicPortal.Web.Infrastructure;

/// <summary>
/// What a load balancer asks each node. <c>/healthz</c> (ready): 200 while the node can serve, 503 when its database
/// cannot be reached or it is shutting down; Redis being away makes it "Degraded", still 200, because each node then
/// serves with its own cache and counters. <c>/healthz/live</c>: 200 while the process answers at all, no database
/// (for a supervisor deciding whether to restart the process, which a database outage should not trigger).
/// The JSON names the node, each check's status and time, and a fixed short reason when a check fails; never an exception
/// message, a host name or a connection string. Cheap enough to poll every few seconds: one <c>SELECT 1</c> on a pooled
/// connection and one Redis PING. Anonymous, never cached, outside the rate limits and the output cache.
/// </summary>
public static class HealthEndpoint
{
    public const string Path = "/healthz";
    public const string LivePath = "/healthz/live";
    public const string DatabaseCheck = "database";

    /// <summary>Data key by which a check overrides the status printed for its entry (Redis: "NotConfigured").</summary>
    public const string ShownStatus = "shown-status";

    private static readonly Dictionary<string, string> Reasons = new(StringComparer.Ordinal)
    {
        [DatabaseCheck] = "无法连接数据库",
        [HealthRedisCheck.Name] = "Redis 未响应，各节点暂用本机缓存和计数",
        [HealthDrain.Name] = "节点正在停止",
    };

    public static IServiceCollection AddPortalHealth(this IServiceCollection services)
    {
        services.AddOptions<HealthOptions>().BindConfiguration(HealthOptions.Section);
        services.AddSingleton<HealthDrain>();
        services.AddHostedService(sp => sp.GetRequiredService<HealthDrain>());
        services.AddSingleton<HealthRedisCheck>();
        services.AddOptions<HostOptions>().Configure<IOptions<HealthOptions>>((host, health) =>
            host.ShutdownTimeout = TimeSpan.FromSeconds(Math.Max(0, health.Value.DrainSeconds) + Math.Max(0, health.Value.FinishSeconds)));
        services.AddHealthChecks()
            .AddDbContextCheck<PortalDbContext>(DatabaseCheck, HealthStatus.Unhealthy, customTestQuery: CanQueryAsync)
            .AddCheck<HealthRedisCheck>(HealthRedisCheck.Name, HealthStatus.Degraded)
            .AddCheck<HealthDrain>(HealthDrain.Name);
        // The health service would log every failed check at Error level on every poll (every few seconds, from each
        // balancer); the outage is logged once when it begins and once when it ends instead (DatabaseUnavailableMonitor,
        // HealthRedisCheck), and /healthz itself shows the current state.
        services.Configure<LoggerFilterOptions>(o => o.AddFilter("Microsoft.Extensions.Diagnostics.HealthChecks", LogLevel.None));
        return services;
    }

    public static IEndpointRouteBuilder MapPortalHealth(this IEndpointRouteBuilder endpoints)
    {
        Configure(endpoints.MapHealthChecks(Path, new HealthCheckOptions { ResponseWriter = WriteAsync }));
        Configure(endpoints.MapHealthChecks(LivePath, new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteAsync }));
        return endpoints;
    }

    /// <summary>GET and HEAD only (MapHealthChecks answers any method; a POST endpoint would need an antiforgery check).</summary>
    private static void Configure(IEndpointConventionBuilder endpoint) =>
        endpoint.WithMetadata(new HttpMethodMetadata([HttpMethods.Get, HttpMethods.Head]))
            .AllowAnonymous().DisableRateLimiting().CacheOutput(policy => policy.NoCache());

    /// <summary>One statement on a pooled connection, bounded at 5 seconds whatever the server does; a failure of any kind
    /// marks the database unreachable (logged once, <see cref="DatabaseUnavailableMonitor"/>) and the check unhealthy.</summary>
    private static async Task<bool> CanQueryAsync(PortalDbContext db, CancellationToken ct)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(ct);
        limit.CancelAfter(TimeSpan.FromSeconds(5));
        try
        {
            await db.Database.ExecuteSqlRawAsync("SELECT 1", limit.Token);
            return true;
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            // EF Core's own services do not include the application's; the options remember where those are.
            var app = db.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.ApplicationServiceProvider;
            app?.GetService<DatabaseUnavailableMonitor>()?.ReportFailure(e);
            return false;
        }
    }

    private static async Task WriteAsync(HttpContext http, HealthReport report)
    {
        var node = http.RequestServices.GetRequiredService<IOptions<HealthOptions>>().Value.ResolvedNodeName;
        http.Response.ContentType = "application/json; charset=utf-8";
        http.Response.Headers.CacheControl = "no-store";
        await using var json = new Utf8JsonWriter(http.Response.Body);
        json.WriteStartObject();
        json.WriteString("status", report.Status.ToString());
        json.WriteString("node", node);
        json.WriteStartObject("checks");
        foreach (var (name, entry) in report.Entries)
        {
            json.WriteStartObject(name);
            json.WriteString("status", entry.Data.TryGetValue(ShownStatus, out var shown) ? shown.ToString() : entry.Status.ToString());
            json.WriteNumber("ms", (int)Math.Round(entry.Duration.TotalMilliseconds));
            if (entry.Status != HealthStatus.Healthy && Reasons.TryGetValue(name, out var reason)) json.WriteString("reason", reason);
            json.WriteEndObject();
        }
        json.WriteEndObject();
        json.WriteEndObject();
    }
}
