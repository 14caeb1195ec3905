namespace PublicPortal.Web.Features.Notices;

public static class NoticesServiceCollectionExtensions
{
    /// <summary>Who in a department is told of its new work, and the trace of what each was sent.</summary>
    public static IServiceCollection AddNotices(this IServiceCollection services)
    {
        services.AddScoped<DepartmentRecipients>();
        services.AddScoped<DepartmentMailTrace>();
        return services;
    }
}
