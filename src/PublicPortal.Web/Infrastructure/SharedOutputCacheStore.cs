using System.Collections.Concurrent;
using Microsoft.AspNetCore.OutputCaching;

namespace PublicPortal.Web.Infrastructure;

/// <summary>
/// The output cache of several nodes: entries in Redis, so a page rendered by one node is served by all and an eviction by
/// tag (<see cref="PublicPageEviction"/>) on one node empties it for all. When Redis fails, that call uses this node's
/// memory store instead (a Redis outage costs cache hits, never a 500 or a slow page). Evictions always apply to the memory
/// store too, and one that could not reach Redis is repeated there on the first call after it is back, so a page changed
/// during the outage is not served stale from Redis afterwards.
/// </summary>
public sealed class SharedOutputCacheStore(IOutputCacheStore shared, IOutputCacheStore local, SharedRedis redis) : IOutputCacheStore
{
    private const string What = "输出缓存";
    private readonly ConcurrentDictionary<string, bool> _missedEvictions = new(StringComparer.Ordinal);

    public async ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken)
    {
        await local.EvictByTagAsync(tag, cancellationToken);
        _missedEvictions[tag] = true;
        await ReadyAsync(cancellationToken); // evicts it from Redis now, unless Redis is away (then on its return)
    }

    public async ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken)
    {
        if (await ReadyAsync(cancellationToken))
        {
            try { return await shared.GetAsync(key, cancellationToken); }
            catch (Exception e) when (SharedRedis.IsOutage(e)) { redis.Failed(What, e); }
        }
        return await local.GetAsync(key, cancellationToken);
    }

    public async ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken)
    {
        if (await ReadyAsync(cancellationToken))
        {
            try
            {
                await shared.SetAsync(key, value, tags, validFor, cancellationToken);
                return;
            }
            catch (Exception e) when (SharedRedis.IsOutage(e)) { redis.Failed(What, e); }
        }
        await local.SetAsync(key, value, tags, validFor, cancellationToken);
    }

    /// <summary>Can this call use Redis? First repeats there the evictions it has not seen yet.</summary>
    private async ValueTask<bool> ReadyAsync(CancellationToken cancellationToken)
    {
        if (redis.Available() is null) return false;
        try
        {
            foreach (var tag in _missedEvictions.Keys)
            {
                _missedEvictions.TryRemove(tag, out _);
                try { await shared.EvictByTagAsync(tag, cancellationToken); }
                catch { _missedEvictions[tag] = true; throw; }
            }
            return true;
        }
        catch (Exception e) when (SharedRedis.IsOutage(e))
        {
            redis.Failed(What, e);
            return false;
        }
    }
}
