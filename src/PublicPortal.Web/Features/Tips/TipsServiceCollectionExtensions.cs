namespace PublicPortal.Web.Features.Tips;

public static class TipsServiceCollectionExtensions
{
    /// <summary>What both sides of a tip-off share: its time limits, its routing and the notices of its changes.</summary>
    public static IServiceCollection AddTips(this IServiceCollection services)
    {
        services.AddOptions<TipOptions>().BindConfiguration(TipOptions.Section);
        services.AddScoped<TipRouter>();
        services.AddScoped<TipNotifier>();
        return services;
    }
}
