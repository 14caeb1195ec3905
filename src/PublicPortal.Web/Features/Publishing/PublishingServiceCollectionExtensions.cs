namespace PublicPortal.Web.Features.Publishing;

public static class PublishingServiceCollectionExtensions
{
    public static IServiceCollection AddPublishing(this IServiceCollection services)
    {
        services.AddScoped<EditorialWorkflow>();
        services.AddScoped<AnnualCompilation>();
        services.AddSingleton<ScheduledPublisher>();
        services.AddHostedService(sp => sp.GetRequiredService<ScheduledPublisher>());
        return services;
    }
}
