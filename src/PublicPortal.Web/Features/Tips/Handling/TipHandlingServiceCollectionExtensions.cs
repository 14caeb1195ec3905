namespace PublicPortal.Web.Features.Tips.Handling;

public static class TipHandlingServiceCollectionExtensions
{
    /// <summary>The departments' side: queues, the workflow and its rules, disclosure, the daily 催办 digest and the
    /// retention job that erases expired tip-offs.</summary>
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

        services.AddOptions<TipRetentionOptions>().BindConfiguration(TipRetentionOptions.Section);
        services.AddSingleton<TipRetention>();
        services.AddHostedService(sp => sp.GetRequiredService<TipRetention>());
        return services;
    }
}
