namespace PublicPortal.Web.Features.Imports;

public static class ImportServiceCollectionExtensions
{
    public static IServiceCollection AddImports(this IServiceCollection services)
    {
        services.AddOptions<ImportOptions>().BindConfiguration("Imports");
        services.AddSingleton<ImportQueue>();
        services.AddSingleton<ImportProgress>();
        services.AddSingleton<ImportHooks>();
        services.AddScoped<ImportProcessor>();
        services.AddHostedService<ImportWorker>();
        return services;
    }
}
