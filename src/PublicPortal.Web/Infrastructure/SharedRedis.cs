using System.Diagnostics;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace PublicPortal.Web.Infrastructure;

/// <summary>Bound from "Redis" (the connection string itself is ConnectionStrings:Redis).</summary>
public sealed class SharedStateOptions
{
    public const string Section = "Redis";

    /// <summary>Put before every key this portal writes to Redis, so that two portals (or two test runs) can share one
    /// Redis; every node of one portal must use the same value.</summary>
    public string InstanceName { get; set; } = "portal:";
}

/// <summary>
/// Whether shared state can go to Redis for this call, for the parts that fall back to per-node state (output cache,
/// distributed cache, rate limits). A Redis that is not configured, not connected yet, disconnected, or failed in the last
/// few seconds answers "no" at once, so that an outage never makes a request wait on Redis's timeouts again and again; the
/// fallback is logged as a warning at most once a minute.
/// </summary>
public sealed partial class SharedRedis(RedisConnection redis, IOptions<SharedStateOptions> options, ILogger<SharedRedis> logger)
{
    // Intervals, not dates: measured on the monotonic Stopwatch clock, never the portal's TimeProvider (tests stop that one).
    private static readonly long PauseAfterFailure = Stopwatch.Frequency * 5;
    private static readonly long WarningInterval = Stopwatch.Frequency * 60;

    private Task<IConnectionMultiplexer>? _connecting;
    private long _pausedUntil, _nextWarning;

    public bool IsConfigured => redis.IsConfigured;

    /// <summary>The prefix of every key (Redis:InstanceName).</summary>
    public string Prefix => options.Value.InstanceName;

    /// <summary>Starts connecting (once) without blocking the caller; completes when the first attempt has ended.</summary>
    public Task ConnectAsync() => redis.IsConfigured ? Connecting() : Task.CompletedTask;

    private Task<IConnectionMultiplexer> Connecting()
    {
        if (Volatile.Read(ref _connecting) is { } started) return started;
        var task = Task.Run(() => redis.Multiplexer);
        return Interlocked.CompareExchange(ref _connecting, task, null) ?? task;
    }

    /// <summary>The connection when Redis is configured and connected now; null means: use this node's own state.</summary>
    public IConnectionMultiplexer? Available()
    {
        if (!redis.IsConfigured) return null;
        var connecting = Connecting();
        if (!connecting.IsCompletedSuccessfully)
        {
            if (connecting.IsFaulted) Warn("连接", connecting.Exception.GetBaseException());
            return null;
        }
        if (Stopwatch.GetTimestamp() < Volatile.Read(ref _pausedUntil)) return null;
        if (connecting.Result.IsConnected) return connecting.Result;
        Warn("连接", null);
        return null;
    }

    /// <summary>Tells every node (this one included) that <paramref name="channel"/> happened, when Redis answers; a node
    /// that misses it relies on its own cache expiry.</summary>
    public void Broadcast(string channel)
    {
        if (Available() is not { } connection) return;
        try { connection.GetSubscriber().Publish(RedisChannel.Literal(Prefix + channel), "1", CommandFlags.FireAndForget); }
        catch (Exception e) when (IsOutage(e)) { Failed("广播", e); }
    }

    /// <summary>Runs <paramref name="handler"/> whenever any node broadcasts <paramref name="channel"/> (from the first
    /// connection on; the subscription is renewed by the connection itself after a reconnect).</summary>
    public async Task SubscribeAsync(string channel, Action handler)
    {
        if (!redis.IsConfigured) return;
        try
        {
            var connection = await Connecting().WaitAsync(TimeSpan.FromSeconds(3));
            await connection.GetSubscriber().SubscribeAsync(RedisChannel.Literal(Prefix + channel), (_, _) => handler());
        }
        catch (Exception e) when (IsOutage(e)) { Failed("订阅", e); }
    }

    /// <summary>What a Redis outage throws (no connection, timeout, a multiplexer disposed at shutdown).</summary>
    public static bool IsOutage(Exception e) =>
        e is RedisException or TimeoutException or ObjectDisposedException or System.Net.Sockets.SocketException;

    /// <summary>A call to Redis failed: the next few seconds go straight to per-node state.</summary>
    public void Failed(string what, Exception e)
    {
        Volatile.Write(ref _pausedUntil, Stopwatch.GetTimestamp() + PauseAfterFailure);
        Warn(what, e);
    }

    private void Warn(string what, Exception? e)
    {
        var now = Stopwatch.GetTimestamp();
        var next = Volatile.Read(ref _nextWarning);
        if (now < next || Interlocked.CompareExchange(ref _nextWarning, now + WarningInterval, next) != next) return;
        LogFallback(what, e?.GetType().Name ?? "未连接", e?.Message ?? "");
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Redis 不可用（{What}：{Error} {Detail}），输出缓存、限流计数和一次性验证记录暂按本节点"
        + "内存处理；Redis 恢复后自动改回共享（此警告每分钟至多一次）。")]
    private partial void LogFallback(string what, string error, string detail);
}

/// <summary>Connects to Redis while the node starts, so that its first requests already share state (bounded: a Redis
/// that is down delays start-up by at most the connect timeout, and never stops it).</summary>
public sealed class SharedRedisConnector(SharedRedis redis) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try { await redis.ConnectAsync().WaitAsync(TimeSpan.FromSeconds(3), cancellationToken); }
        catch (Exception e) when (e is TimeoutException || SharedRedis.IsOutage(e)) { } // Available() logs and falls back
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
