using Microsoft.Extensions.Caching.Distributed;

namespace PublicPortal.Web.Infrastructure;

/// <summary>
/// Short-lived state every node must see (e.g. the used human-check answers): Redis when it answers, else this node's
/// memory for that call. Writes and removals go to both, so what this node wrote during an outage is still known to it
/// afterwards; reads ask Redis first and, when Redis has nothing, this node's memory (an entry written here while Redis
/// was away).
/// </summary>
public sealed class SharedDistributedCache(IDistributedCache shared, IDistributedCache local, SharedRedis redis) : IDistributedCache
{
    private const string What = "分布式缓存";

    public byte[]? Get(string key)
    {
        if (redis.Available() is not null)
        {
            try { if (shared.Get(key) is { } value) return value; }
            catch (Exception e) when (SharedRedis.IsOutage(e)) { redis.Failed(What, e); }
        }
        return local.Get(key);
    }

    public async Task<byte[]?> GetAsync(string key, CancellationToken token = default)
    {
        if (redis.Available() is not null)
        {
            try { if (await shared.GetAsync(key, token) is { } value) return value; }
            catch (Exception e) when (SharedRedis.IsOutage(e)) { redis.Failed(What, e); }
        }
        return await local.GetAsync(key, token);
    }

    public void Set(string key, byte[] value, DistributedCacheEntryOptions options)
    {
        local.Set(key, value, options);
        if (redis.Available() is null) return;
        try { shared.Set(key, value, options); }
        catch (Exception e) when (SharedRedis.IsOutage(e)) { redis.Failed(What, e); }
    }

    public async Task SetAsync(string key, byte[] value, DistributedCacheEntryOptions options, CancellationToken token = default)
    {
        await local.SetAsync(key, value, options, token);
        if (redis.Available() is null) return;
        try { await shared.SetAsync(key, value, options, token); }
        catch (Exception e) when (SharedRedis.IsOutage(e)) { redis.Failed(What, e); }
    }

    public void Refresh(string key)
    {
        local.Refresh(key);
        if (redis.Available() is null) return;
        try { shared.Refresh(key); }
        catch (Exception e) when (SharedRedis.IsOutage(e)) { redis.Failed(What, e); }
    }

    public async Task RefreshAsync(string key, CancellationToken token = default)
    {
        await local.RefreshAsync(key, token);
        if (redis.Available() is null) return;
        try { await shared.RefreshAsync(key, token); }
        catch (Exception e) when (SharedRedis.IsOutage(e)) { redis.Failed(What, e); }
    }

    public void Remove(string key)
    {
        local.Remove(key);
        if (redis.Available() is null) return;
        try { shared.Remove(key); }
        catch (Exception e) when (SharedRedis.IsOutage(e)) { redis.Failed(What, e); }
    }

    public async Task RemoveAsync(string key, CancellationToken token = default)
    {
        await local.RemoveAsync(key, token);
        if (redis.Available() is null) return;
        try { await shared.RemoveAsync(key, token); }
        catch (Exception e) when (SharedRedis.IsOutage(e)) { redis.Failed(What, e); }
    }
}
