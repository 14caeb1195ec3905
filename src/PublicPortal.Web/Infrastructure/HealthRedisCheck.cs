using Microsoft.Extensions.Diagnostics.HealthChecks;
using StackExchange.Redis;

namespace PublicPortal.Web.Infrastructure;

/// <summary>
/// Redis, when ConnectionStrings:Redis is set: a PING with a one-second limit. Registered with failure status Degraded:
/// without Redis each node falls back to its own cache and counters (the shared parts do that by themselves), so the node
/// still serves citizens and /healthz still answers 200; the entry itself says "Unhealthy" so that monitoring sees it.
/// Not configured (one process) is healthy and says "NotConfigured". A change either way is logged once.
/// </summary>
public sealed partial class HealthRedisCheck(RedisConnection redis, ILogger<HealthRedisCheck> logger) : IHealthCheck
{
    public const string Name = "redis";
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(1);
    private int _down;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!redis.IsConfigured) return HealthCheckResult.Healthy(data: Shown("NotConfigured"));
        try
        {
            // The first call makes the connection (at most its 2-second connect timeout, off the request thread); after that
            // a disconnected multiplexer answers at once and reconnects in the background.
            var connected = await Task.Run(() => redis.IsConnected, cancellationToken);
            if (!connected) return Failed(context, "not connected");
            await redis.Multiplexer.GetDatabase().PingAsync().WaitAsync(Limit, cancellationToken);
            if (Interlocked.Exchange(ref _down, 0) == 1) LogUp(logger);
            return HealthCheckResult.Healthy(data: Shown("Healthy"));
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            return Failed(context, e.GetType().Name);
        }
    }

    private HealthCheckResult Failed(HealthCheckContext context, string reason)
    {
        if (Interlocked.Exchange(ref _down, 1) == 0) LogDown(logger, reason);
        return new(context.Registration.FailureStatus, data: Shown("Unhealthy"));
    }

    /// <summary>The status /healthz prints for this entry (see HealthEndpoint).</summary>
    private static Dictionary<string, object> Shown(string status) => new() { [HealthEndpoint.ShownStatus] = status };

    [LoggerMessage(Level = LogLevel.Warning, Message = "Redis 无法访问（{Reason}）：本节点暂用本机缓存和计数，/healthz 答复 Degraded")]
    private static partial void LogDown(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Redis 已恢复访问")]
    private static partial void LogUp(ILogger logger);
}
