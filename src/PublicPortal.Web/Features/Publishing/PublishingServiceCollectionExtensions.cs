namespace PublicPortal.Web.Features.Publishing;

public static class PublishingServiceCollectionExtensions
{
    public static IServiceCollection AddPortalPublishing(this IServiceCollection services)
    {
        services.AddScoped<EditorialWorkflow>();
        services.AddScoped<AnnualCompilation>();
        services.AddSingleton<ScheduledPublisher>();
        services.AddHostedService(sp => sp.GetRequiredService<ScheduledPublisher>());
        return services;
    }
}
