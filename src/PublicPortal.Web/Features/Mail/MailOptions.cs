namespace PublicPortal.Web.Features.Mail;

/// <summary>Outgoing mail; bound from the "Mail" section. With PickupDirectory set (the Development default) messages
/// are written there as .eml files instead of being sent.</summary>
public class MailOptions
{
    public const string Section = "Mail";

    public string From { get; set; } = "noreply@example.gov.cn";
    public string FromName { get; set; } = "淘汰落后产能信息公开与监督平台";
    public string? Host { get; set; }
    public int Port { get; set; } = 25;
    /// <summary>TLS: implicit on port 465, STARTTLS (required) on any other port.</summary>
    public bool EnableTls { get; set; }
    public string? UserName { get; set; }
    public string? Password { get; set; }
    public string? PickupDirectory { get; set; }
    /// <summary>How often the outbox worker looks for mail to send.</summary>
    public double PollSeconds { get; set; } = 5;
    public int MaxAttempts { get; set; } = 20;
    /// <summary>How long a node's claim on a message lasts: a node that dies after claiming holds it this long, then another
    /// node sends it. Longer than a slow SMTP exchange (MailKit waits up to 30 s per step), or two nodes may both send it.</summary>
    public double ClaimSeconds { get; set; } = 120;
}
