using Microsoft.Extensions.Options;

namespace PublicPortal.Web.Features.Tips.Intake;

public static class TipIntakeServiceCollectionExtensions
{
    /// <summary>
    /// The citizen's side: the intake every channel files through, the human check, the follow-up page and the rate-limit
    /// policies of the public forms (<see cref="TipIntakeRateLimits"/>).
    /// </summary>
    public static IServiceCollection AddTipIntake(this IServiceCollection services)
    {
        services.AddScoped<TipIntake>();
        services.AddScoped<TipFollowUp>();
        services.AddScoped<TipSourceLookup>();
        services.AddScoped<ReportingChannels>();
        services.AddSingleton<TrackSession>();

        services.AddOptions<HumanCheckOptions>().BindConfiguration(HumanCheckOptions.Section);
        services.AddSingleton<SelfHostedHumanCheck>();
        services.AddHttpClient<RecaptchaHumanCheck>(c => c.Timeout = TimeSpan.FromSeconds(10));
        services.AddTransient<IHumanCheck>(sp =>
            sp.GetRequiredService<IOptionsMonitor<HumanCheckOptions>>().CurrentValue.Mode == HumanCheckMode.SelfHosted
                ? sp.GetRequiredService<SelfHostedHumanCheck>()
                : sp.GetRequiredService<RecaptchaHumanCheck>());

        services.AddOptions<TipIntakeRateLimits.Options>().BindConfiguration(TipIntakeRateLimits.Options.Section);
        services.AddRateLimiter(TipIntakeRateLimits.AddPolicies);
        return services;
    }

    /// <summary>The addresses the tip-off pages had before they moved to /tips, kept for printed leaflets and bookmarks.</summary>
    public static IEndpointRouteBuilder MapTipIntake(this IEndpointRouteBuilder app)
    {
        app.MapGet("/report", () => Results.Redirect("/tips", permanent: true));
        app.MapGet("/report/track", () => Results.Redirect("/tips/track", permanent: true));
        return app;
    }
}
