namespace PublicPortal.Web.Features.Stats;

public static class StatsServiceCollectionExtensions
{
    /// <summary>运行情况通报: the monthly statistics of tip-offs and their charts.</summary>
    public static IServiceCollection AddStats(this IServiceCollection services)
    {
        services.AddScoped<TipStatistics>();
        return services;
    }
}
