namespace PublicPortal.Web.Features.Registers;

public static class RegistersServiceCollectionExtensions
{
    /// <summary>The published lists (名单): what changed in them lately, for the home page.</summary>
    public static IServiceCollection AddRegisters(this IServiceCollection services)
    {
        services.AddScoped<RecentUpdates>();
        return services;
    }
}
