namespace PublicPortal.Web.Features.Registers;

public static class RegistersServiceCollectionExtensions
{
    /// <summary>The published lists (名单): the home page's recent changes and the labelled sample data.</summary>
    public static IServiceCollection AddRegisters(this IServiceCollection services)
    {
        services.AddScoped<RecentUpdates>();
        services.AddScoped<SampleDataSeeder>();
        return services;
    }
}
