using System.Threading.RateLimiting;
using RedisRateLimiting;

namespace PublicPortal.Web.Infrastructure;

/// <summary>
/// A fixed window per partition counted in Redis (RedisRateLimiting), so a client meets the same limit whichever node
/// answers; with Redis not configured, or failing for this request, it is counted by this node alone, as one process did
/// before. Used by the public forms' limits (TipIntakeRateLimits) and Open311's (per address and per key).
/// </summary>
public static class SharedRateLimit
{
    /// <param name="sharedKey">The partition's name in Redis (the instance prefix is added here).</param>
    public static RateLimitPartition<TKey> FixedWindow<TKey>(IServiceProvider services, TKey partition, string sharedKey,
        int permits, TimeSpan window)
    {
        var redis = services.GetRequiredService<SharedRedis>();
        return RateLimitPartition.Get(partition,
            _ => new SharedFixedWindowLimiter(redis, redis.Prefix + sharedKey, Math.Max(1, permits), window));
    }
}

/// <summary>One partition: Redis's count when Redis answers, this node's own fixed window otherwise.</summary>
public sealed class SharedFixedWindowLimiter : ReplenishingRateLimiter
{
    private readonly SharedRedis _redis;
    private readonly string _key;
    private readonly int _permits;
    private readonly TimeSpan _window;
    private readonly FixedWindowRateLimiter _local;
    private RedisFixedWindowRateLimiter<string>? _shared;

    public SharedFixedWindowLimiter(SharedRedis redis, string key, int permits, TimeSpan window)
    {
        (_redis, _key, _permits, _window) = (redis, key, permits, window);
        // Replenished by the partitioned limiter's own timer (TryReplenish), as RateLimitPartition.GetFixedWindowLimiter does.
        _local = new FixedWindowRateLimiter(new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits, Window = window, QueueLimit = 0, AutoReplenishment = false,
        });
    }

    public override TimeSpan? IdleDuration => _local.IdleDuration; // Redis keeps its count itself: only the local one matters
    public override bool IsAutoReplenishing => false;
    public override TimeSpan ReplenishmentPeriod => _window;
    public override bool TryReplenish() => _local.TryReplenish();
    public override RateLimiterStatistics? GetStatistics() => _local.GetStatistics();

    /// <summary>Without Redis, this node's window answers at once. With it, "not yet": the rate-limiting middleware then
    /// asks <see cref="AcquireAsyncCore"/>, which goes to Redis (as RedisRateLimiting's own limiters do).</summary>
    protected override RateLimitLease AttemptAcquireCore(int permitCount) =>
        _redis.IsConfigured ? AskAsync.Instance : _local.AttemptAcquire(permitCount);

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        if (_redis.Available() is { } connection)
        {
            try
            {
                // Made on first use with a live connection: its constructor asks for the multiplexer.
                _shared ??= new RedisFixedWindowRateLimiter<string>(_key, new RedisFixedWindowRateLimiterOptions
                {
                    PermitLimit = _permits, Window = _window, ConnectionMultiplexerFactory = () => connection,
                });
                return await _shared.AcquireAsync(permitCount, cancellationToken);
            }
            catch (Exception e) when (SharedRedis.IsOutage(e)) { _redis.Failed("限流计数", e); }
        }
        return await _local.AcquireAsync(permitCount, cancellationToken);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) { _local.Dispose(); _shared?.Dispose(); }
        base.Dispose(disposing);
    }

    private sealed class AskAsync : RateLimitLease
    {
        public static readonly AskAsync Instance = new();
        public override bool IsAcquired => false;
        public override IEnumerable<string> MetadataNames => [];
        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = null;
            return false;
        }
    }
}
