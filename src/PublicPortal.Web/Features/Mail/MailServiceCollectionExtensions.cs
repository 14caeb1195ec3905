namespace PublicPortal.Web.Features.Mail;

public static class MailServiceCollectionExtensions
{
    /// <summary>Outgoing mail: queued in the database with the change that causes it, sent over SMTP by a worker.</summary>
    public static IServiceCollection AddMail(this IServiceCollection services)
    {
        services.AddOptions<MailOptions>().BindConfiguration(MailOptions.Section);
        services.AddScoped<Outbox>();
        services.AddSingleton<IMailTransport, SmtpMailTransport>();
        services.AddSingleton<OutboxWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxWorker>());
        return services;
    }
}
