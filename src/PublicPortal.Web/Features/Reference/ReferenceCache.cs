using Microsoft.Extensions.Caching.Memory;
using PublicPortal.Web.Infrastructure;

namespace PublicPortal.Web.Features.Reference;

/// <summary>
/// Drops the cached reference data after an administrator's edit, so the change shows on the next request: on this node,
/// and on every other node through a Redis broadcast when Redis is configured (<see cref="ReferenceCacheSubscription"/>).
/// A node that misses the broadcast (Redis away) sees the change when its entries expire (one minute for the lookup,
/// five for the calendar).
/// </summary>
public class ReferenceCache(IMemoryCache cache, SharedRedis redis)
{
    public const string LookupKey = "reference-lookup";
    public const string CalendarKey = "working-day-calendar";
    public const string Channel = "reference-changed";

    public void Invalidate()
    {
        Drop(cache);
        redis.Broadcast(Channel);
    }

    public static void Drop(IMemoryCache cache)
    {
        cache.Remove(LookupKey);
        cache.Remove(CalendarKey);
    }
}

/// <summary>Drops this node's cached reference data when another node's administrator changed it.</summary>
public sealed class ReferenceCacheSubscription(IMemoryCache cache, SharedRedis redis) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) =>
        redis.SubscribeAsync(ReferenceCache.Channel, () => ReferenceCache.Drop(cache));

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
