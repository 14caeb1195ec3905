namespace PublicPortal.Web.Features.Search;

public static class SearchServiceCollectionExtensions
{
    /// <summary>One search box over policies, lists and announcements.</summary>
    public static IServiceCollection AddSearch(this IServiceCollection services) => services.AddScoped<SiteSearch>();
}
