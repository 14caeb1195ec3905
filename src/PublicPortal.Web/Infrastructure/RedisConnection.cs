using StackExchange.Redis;

namespace PublicPortal.Web.Infrastructure;

/// <summary>
/// The one connection to Redis, when "ConnectionStrings:Redis" is set (several nodes behind a balancer share the output
/// cache, rate-limit counters and one-time challenge answers through it); with it empty the portal runs as one process and
/// keeps all of that in memory. The connection is made on first use and never fails start-up: Redis being down degrades
/// the portal to per-node state (each part that uses Redis falls back by itself) and it reconnects by itself.
/// </summary>
public sealed class RedisConnection : IDisposable
{
    public const string ConnectionStringName = "Redis";

    private readonly Lazy<ConnectionMultiplexer>? _multiplexer;

    public RedisConnection(IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString(ConnectionStringName);
        if (string.IsNullOrWhiteSpace(connectionString)) return;
        var options = ConfigurationOptions.Parse(connectionString);
        // Keep trying in the background rather than throwing at start-up; answer quickly when Redis is away so that a
        // request waiting on it falls back within a fraction of a second instead of hanging for the 5-second default.
        options.AbortOnConnectFail = false;
        options.ConnectTimeout = Math.Min(options.ConnectTimeout, 2000);
        options.SyncTimeout = Math.Min(options.SyncTimeout, 1000);
        options.AsyncTimeout = Math.Min(options.AsyncTimeout, 1000);
        options.ClientName ??= $"portal-{Environment.MachineName}-{Environment.ProcessId}";
        Configuration = options;
        _multiplexer = new Lazy<ConnectionMultiplexer>(() => ConnectionMultiplexer.Connect(options));
    }

    /// <summary>Is Redis configured at all? (Not whether it answers now: see <see cref="IsConnected"/>.)</summary>
    public bool IsConfigured => _multiplexer is not null;

    public ConfigurationOptions? Configuration { get; }

    /// <summary>The shared multiplexer; only when <see cref="IsConfigured"/>.</summary>
    public IConnectionMultiplexer Multiplexer =>
        _multiplexer?.Value ?? throw new InvalidOperationException("ConnectionStrings:Redis is not configured.");

    public bool IsConnected => _multiplexer is not null && Multiplexer.IsConnected;

    public void Dispose()
    {
        if (_multiplexer is { IsValueCreated: true }) _multiplexer.Value.Dispose();
    }
}
