using MailKit.Security;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Options;
using PublicPortal.IntegrationTests.Infrastructure;
using PublicPortal.Web.Features.Mail;

namespace PublicPortal.IntegrationTests.Features.Mail;

/// <summary>MailKit against the test run's real SMTP server (aiosmtpd, which offers no STARTTLS).</summary>
public class SmtpMailTransportTests
{
    [Theory]
    [InlineData(false, 25, SecureSocketOptions.None)]
    [InlineData(true, 465, SecureSocketOptions.SslOnConnect)]
    [InlineData(true, 587, SecureSocketOptions.StartTls)]
    [InlineData(true, 25, SecureSocketOptions.StartTls)]
    public void EnableTls_MeansImplicitTlsOn465_AndRequiredStartTlsElsewhere(bool enableTls, int port, SecureSocketOptions expected) =>
        Assert.Equal(expected, SmtpMailTransport.Security(new MailOptions { EnableTls = enableTls, Port = port }));

    [Fact]
    public async Task PlainSmtp_DeliversTheMessage_WithItsChineseSubject()
    {
        var smtp = TestSmtp.Require();
        var recipient = $"plain-{Guid.NewGuid():N}@example.gov.cn";
        await Transport(new MailOptions { Host = smtp.Host, Port = smtp.Port }).SendAsync(recipient, "新的举报件", "请登录后台查看。", null, default);
        var mail = await smtp.WaitForMailToAsync(recipient, "新的举报件");
        Assert.Contains("请登录后台查看。", mail.Body);
    }

    [Fact]
    public async Task TlsRequired_OnAServerWithoutStartTls_RefusesToSend_RatherThanSendInClear()
    {
        var smtp = TestSmtp.Require();
        var recipient = $"tls-{Guid.NewGuid():N}@example.gov.cn";
        // No login, so that only STARTTLS can refuse: MailKit's Auto would quietly send this message in clear text.
        var transport = Transport(new MailOptions { Host = smtp.Host, Port = smtp.Port, EnableTls = true });

        await Assert.ThrowsAsync<NotSupportedException>(() => transport.SendAsync(recipient, "主题", "正文", null, default));
        Assert.DoesNotContain(Directory.EnumerateFiles(Path.Combine(smtp.Maildir, "new")),
            file => File.ReadAllText(file).Contains(recipient));
    }

    private static SmtpMailTransport Transport(MailOptions options) =>
        new(new FixedOptions(options), new HostingEnvironment { ContentRootPath = Path.GetTempPath() });

    private sealed class FixedOptions(MailOptions value) : IOptionsMonitor<MailOptions>
    {
        public MailOptions CurrentValue => value;
        public MailOptions Get(string? name) => value;
        public IDisposable? OnChange(Action<MailOptions, string?> listener) => null;
    }
}
