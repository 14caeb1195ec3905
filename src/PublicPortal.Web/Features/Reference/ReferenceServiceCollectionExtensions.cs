namespace PublicPortal.Web.Features.Reference;

public static class ReferenceServiceCollectionExtensions
{
    /// <summary>Jurisdictions, departments, the routing table and the working-day calendar: seeded, cached, looked up.</summary>
    public static IServiceCollection AddReference(this IServiceCollection services)
    {
        services.AddScoped<ReferenceDataSeeder>();
        services.AddScoped<ReferenceLookup>();
        services.AddScoped<CalendarProvider>();
        services.AddHostedService<ReferenceCacheSubscription>(); // several nodes: another node's edit drops this one's cache
        return services;
    }
}
