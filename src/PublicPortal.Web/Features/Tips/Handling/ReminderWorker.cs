using Microsoft.Extensions.Options;
using PublicPortal.Web.Infrastructure;

namespace PublicPortal.Web.Features.Tips.Handling;

/// <summary>
/// Sends the <see cref="DailyDigest"/> once a day from <see cref="ReminderOptions.HourOfDay"/> (China time). It checks every
/// few minutes rather than sleeping until a fixed time, so a restart, a clock change or a missed hour still gets the day's
/// digest out; the digest itself refuses to go twice on the same day.
/// </summary>
public sealed class ReminderWorker(IServiceScopeFactory scopes, IOptionsMonitor<ReminderOptions> options, ILogger<ReminderWorker> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            if (options.CurrentValue.Enabled)
            {
                try
                {
                    using var scope = scopes.CreateScope();
                    await scope.ServiceProvider.GetRequiredService<DailyDigest>().SendIfDueAsync(stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // An unreachable database is logged once, when the outage begins and ends (DatabaseUnavailableMonitor),
                    // not by every pass.
                    if (!DatabaseUnavailable.IsOutage(e)) logger.LogError(e, "Daily reminder pass failed; retrying at the next check");
                }
            }
            // The pause between passes is elapsed real time, not the portal's clock: what is due is decided by the clock
            // inside the pass, so a test's stopped FakeTimeProvider decides what is sent without stopping the worker.
            await Task.Delay(TimeSpan.FromMinutes(Math.Max(0.001, options.CurrentValue.PollMinutes)), stoppingToken)
                .ContinueWith(_ => { }, CancellationToken.None); // stopping ends the wait, not the loop's last pass
        }
    }
}
