using System.Threading.RateLimiting;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Options;
using PublicPortal.Web.Data;
using PublicPortal.Web.Features.Mail;
using PublicPortal.Web.Features.Reference;
using PublicPortal.Web.Features.Tips.Handling;
using PublicPortal.Web.Features.Tips.Intake;
using PublicPortal.Web.Infrastructure;

namespace PublicPortal.Web.Features.Tips;

public static class TipsServiceCollectionExtensions
{
    public static IServiceCollection AddPortalTips(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<TipOptions>().BindConfiguration(TipOptions.Section);
        services.AddOptions<MailOptions>().BindConfiguration(MailOptions.Section);
        services.AddOptions<HumanCheckOptions>().BindConfiguration(HumanCheckOptions.Section);
        services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.Section);

        services.AddDataProtection().SetApplicationName("PublicPortal");
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(sp => new ConfigureOptions<KeyManagementOptions>(
            o => o.XmlRepository = new DatabaseXmlRepository(sp.GetRequiredService<IServiceScopeFactory>())));

        services.AddSingleton<PersonalDataProtector>();
        services.AddScoped<CalendarProvider>();
        services.AddScoped<TipRouter>();
        services.AddScoped<TipIntake>();
        services.AddScoped<TipNotifier>();
        services.AddScoped<Notices.DepartmentRecipients>();
        services.AddScoped<Notices.DepartmentMailTrace>();
        services.AddScoped<TipFollowUp>();
        services.AddScoped<TipSourceLookup>();
        // The department back office.
        services.AddScoped<TipAccess>();
        services.AddScoped<TipWorkflow>();
        services.AddScoped<SampleTipSeeder>();
        services.AddScoped<TipDisclosure>();
        services.AddScoped<TipDuplicates>();
        services.AddScoped<StaffQueue>();
        services.AddScoped<StaffTipView>();
        services.AddScoped<ReportingChannels>();
        services.AddSingleton<TrackSession>();
        services.AddScoped<Outbox>();
        services.AddSingleton<IMailTransport, SmtpMailTransport>();
        services.AddSingleton<OutboxWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxWorker>());

        services.AddSingleton<SelfHostedHumanCheck>();
        services.AddHttpClient<RecaptchaHumanCheck>(c => c.Timeout = TimeSpan.FromSeconds(10));
        services.AddTransient<IHumanCheck>(sp => sp.GetRequiredService<IOptionsMonitor<HumanCheckOptions>>().CurrentValue.Mode == HumanCheckMode.SelfHosted
            ? sp.GetRequiredService<SelfHostedHumanCheck>()
            : sp.GetRequiredService<RecaptchaHumanCheck>());

        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = async (context, ct) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "60";
                // Partner systems get the Open311 errors list they parse, not the HTML page.
                if (context.HttpContext.Request.Path.StartsWithSegments("/open311"))
                    await Open311.Open311Endpoints.Answer(Open311.Open311Endpoints.Format(context.HttpContext), StatusCodes.Status429TooManyRequests, Open311.Open311Document.Errors(429, "提交过于频繁，请一分钟后再试。")).ExecuteAsync(context.HttpContext);
            };
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            {
                var path = context.Request.Path;
                // Open311 POSTs (partner systems, key-authenticated), per client address whoever is signed in; the
                // endpoint also limits each key (Open311KeyLimiter), which it can only do once it has read the form.
                if (HttpMethods.IsPost(context.Request.Method) && path.StartsWithSegments("/open311"))
                {
                    var perMinute = context.RequestServices.GetRequiredService<IOptionsMonitor<Open311.Open311Options>>().CurrentValue.PostsPerMinute;
                    return RateLimitPartition.GetFixedWindowLimiter($"open311:{context.Connection.RemoteIpAddress}", _ => new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = Math.Max(1, perMinute), Window = TimeSpan.FromMinutes(1), QueueLimit = 0,
                    });
                }
                // Only anonymous POSTs to the public forms are limited, per client address; pages stay unlimited.
                if (!HttpMethods.IsPost(context.Request.Method) || context.User.Identity?.IsAuthenticated == true
                    || !path.StartsWithSegments("/tips"))
                    return RateLimitPartition.GetNoLimiter("unlimited");
                var limits = context.RequestServices.GetRequiredService<IOptionsMonitor<RateLimitOptions>>().CurrentValue;
                var lookup = path.StartsWithSegments("/tips/track");
                var client = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
                return RateLimitPartition.GetFixedWindowLimiter($"{(lookup ? "lookup" : "post")}:{client}", _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = lookup ? limits.LookupsPerMinute : limits.PostsPerMinute,
                    Window = TimeSpan.FromMinutes(1), QueueLimit = 0,
                });
            });
        });
        return services;
    }
}

/// <summary>Per-client limits on public POSTs; bound from "RateLimit".</summary>
public class RateLimitOptions
{
    public const string Section = "RateLimit";
    public int PostsPerMinute { get; set; } = 10;
    public int LookupsPerMinute { get; set; } = 10;
}
