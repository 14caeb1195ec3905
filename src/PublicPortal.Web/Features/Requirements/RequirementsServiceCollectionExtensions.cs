namespace PublicPortal.Web.Features.Requirements;

public static class RequirementsServiceCollectionExtensions
{
    /// <summary>The standards a production line must meet (淘汰标准), as tables.</summary>
    public static IServiceCollection AddRequirements(this IServiceCollection services) => services.AddScoped<RequirementTables>();
}
