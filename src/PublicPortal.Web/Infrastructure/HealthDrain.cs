using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace PublicPortal.Web.Infrastructure;

/// <summary>
/// A node that is stopping (SIGTERM from systemd, a deployment) stops answering healthy at once: /healthz answers 503, so
/// a balancer polling it sends no new requests. It keeps serving for <see cref="HealthOptions.DrainSeconds"/> while the
/// balancer notices, then the host stops accepting connections and gives requests in flight
/// <see cref="HealthOptions.FinishSeconds"/> to finish (HostOptions.ShutdownTimeout covers both).
/// </summary>
public sealed partial class HealthDrain(IHostApplicationLifetime lifetime, IOptions<HealthOptions> options, ILogger<HealthDrain> logger)
    : IHostedLifecycleService, IHealthCheck
{
    public const string Name = "shutdown";

    private volatile bool _stopping;
    private volatile bool _polled;

    public bool IsStopping => _stopping || lifetime.ApplicationStopping.IsCancellationRequested;

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        _polled = true;
        return Task.FromResult(IsStopping ? HealthCheckResult.Unhealthy("节点正在停止") : HealthCheckResult.Healthy());
    }

    /// <summary>Runs before the server stops listening (hosted lifecycle services are told first), so requests still
    /// arrive and are answered while the balancer takes the node out.</summary>
    public async Task StoppingAsync(CancellationToken cancellationToken)
    {
        _stopping = true;
        var seconds = options.Value.DrainSeconds;
        if (seconds <= 0 || !_polled) return;
        LogDraining(logger, seconds);
        try
        {
            // Wall-clock time on purpose: this waits for a balancer out there, not for the portal's own clock.
            await Task.Delay(TimeSpan.FromSeconds(seconds), cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // The shutdown timeout ran out first: stop now.
        }
    }

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "节点正在停止：/healthz 已答复 503，继续服务 {Seconds} 秒以便负载均衡器摘除本节点")]
    private static partial void LogDraining(ILogger logger, int seconds);
}
