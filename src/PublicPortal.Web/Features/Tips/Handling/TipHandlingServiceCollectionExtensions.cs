namespace PublicPortal.Web.Features.Tips.Handling;

public static class TipHandlingServiceCollectionExtensions
{
    /// <summary>The departments' side: queues, the workflow and its rules, disclosure, and the daily 催办 digest.</summary>
    public static IServiceCollection AddTipHandling(this IServiceCollection services)
    {
        services.AddScoped<TipAccess>();
        services.AddScoped<TipWorkflow>();
        services.AddScoped<TipDisclosure>();
        services.AddScoped<IdentityReveal>();
        services.AddOptions<RevealOptions>().BindConfiguration(RevealOptions.Section);
        services.AddScoped<TipDuplicates>();
        services.AddScoped<StaffQueue>();
        services.AddScoped<StaffTipView>();
        services.AddScoped<SampleTipSeeder>();

        services.AddOptions<ReminderOptions>().BindConfiguration(ReminderOptions.Section);
        services.AddScoped<DailyDigest>();
        services.AddHostedService<ReminderWorker>();
        return services;
    }
}
