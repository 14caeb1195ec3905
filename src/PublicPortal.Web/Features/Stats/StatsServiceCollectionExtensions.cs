using PublicPortal.Web.Features.Tips.Handling;

namespace PublicPortal.Web.Features.Stats;

public static class StatsServiceCollectionExtensions
{
    /// <summary>运行情况通报 (monthly statistics and their charts) and the daily 催办 digest to department mailboxes.</summary>
    public static IServiceCollection AddPortalStatsAndReminders(this IServiceCollection services)
    {
        services.AddScoped<TipStatistics>();
        services.AddOptions<ReminderOptions>().BindConfiguration(ReminderOptions.Section);
        services.AddScoped<DailyDigest>();
        services.AddHostedService<ReminderWorker>();
        return services;
    }
}
