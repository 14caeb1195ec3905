namespace PublicPortal.Web.Features.OpenData;

public static class OpenDataServiceCollectionExtensions
{
    /// <summary>The datasets (scoped: they read the request's DbContext) and their catalogue.</summary>
    public static IServiceCollection AddOpenData(this IServiceCollection services)
    {
        services.AddScoped<PhaseOutDataset>();
        services.AddScoped<SealingDataset>();
        services.AddScoped<CardDataset>();
        services.AddScoped<EmissionDataset>();
        services.AddScoped<QualityDataset>();
        services.AddScoped<AnnouncementDataset>();
        services.AddScoped<AnnualListDataset>();
        services.AddScoped<RequirementDataset>();
        services.AddScoped<TipStatisticsDataset>();
        services.AddScoped<DatasetCatalog>();
        return services;
    }
}
