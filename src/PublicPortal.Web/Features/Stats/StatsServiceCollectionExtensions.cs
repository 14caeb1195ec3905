namespace PublicPortal.Web.Features.Stats;

public static class StatsServiceCollectionExtensions
{
    /// <summary>运行情况通报 (monthly statistics and their charts).</summary>
    public static IServiceCollection AddPortalStatsAndReminders(this IServiceCollection services)
    {
        services.AddScoped<TipStatistics>();
        return services;
    }
}
