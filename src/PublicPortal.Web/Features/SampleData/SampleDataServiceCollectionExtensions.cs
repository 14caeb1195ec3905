namespace PublicPortal.Web.Features.SampleData;

public static class SampleDataServiceCollectionExtensions
{
    /// <summary>The clearly labelled sample lists a fresh installation starts with (Database:LoadSampleData).</summary>
    public static IServiceCollection AddSampleData(this IServiceCollection services) => services.AddScoped<SampleDataSeeder>();
}
