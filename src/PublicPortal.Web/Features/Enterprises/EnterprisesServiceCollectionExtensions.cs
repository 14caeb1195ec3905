namespace PublicPortal.Web.Features.Enterprises;

public static class EnterprisesServiceCollectionExtensions
{
    /// <summary>Enterprise profiles (企业档案): everything published about one enterprise, on one page.</summary>
    public static IServiceCollection AddEnterprises(this IServiceCollection services) => services.AddScoped<EnterpriseProfile>();
}
