using System.Globalization;
namespace PublicPortal.IntegrationTests.Infrastructure;

/// <summary>
/// The real SMTP server of the test run: aiosmtpd writing a Maildir, started by tests/run-all.sh, which exports
/// PORTAL_TEST_SMTP_HOST, PORTAL_TEST_SMTP_PORT and PORTAL_TEST_SMTP_MAILDIR. Mail tests fail (they never skip) without it.
/// </summary>
public sealed record TestSmtp(string Host, int Port, string Maildir)
{
    public static TestSmtp Require()
    {
        var host = Environment.GetEnvironmentVariable("PORTAL_TEST_SMTP_HOST");
        var port = Environment.GetEnvironmentVariable("PORTAL_TEST_SMTP_PORT");
        var maildir = Environment.GetEnvironmentVariable("PORTAL_TEST_SMTP_MAILDIR");
        Assert.True(!string.IsNullOrEmpty(host) && int.TryParse(port, out _) && !string.IsNullOrEmpty(maildir),
            "Mail tests need a real SMTP server: " +
            "PORTAL_TEST_SMTP_HOST, PORTAL_TEST_SMTP_PORT and PORTAL_TEST_SMTP_MAILDIR are not all set. " +
            "Run tests/run-all.sh, or start " +
            "`/usr/bin/python3 -m aiosmtpd -n -l 127.0.0.1:PORT -c aiosmtpd.handlers.Mailbox DIR` and export them.");
        return new TestSmtp(host!, int.Parse(port!, CultureInfo.InvariantCulture), maildir!);
    }

    /// <summary>Polls the Maildir's new/ folder until a message for <paramref name="recipient"/> (whose decoded subject
    /// contains <paramref name="subject"/>) arrives.</summary>
    public async Task<Eml> WaitForMailToAsync(string recipient, string subject = "", TimeSpan? timeout = null)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        var folder = Path.Combine(Maildir, "new");
        do
        {
            if (Directory.Exists(folder))
                foreach (var file in Directory.EnumerateFiles(folder))
                {
                    var mail = Eml.Parse(await File.ReadAllTextAsync(file));
                    if ((mail.Recipient.Contains(recipient, StringComparison.OrdinalIgnoreCase)
                            || mail.To.Contains(recipient, StringComparison.OrdinalIgnoreCase))
                        && mail.Subject.Contains(subject))
                        return mail;
                }
            await Task.Delay(100);
        } while (waited.Elapsed < (timeout ?? TimeSpan.FromSeconds(10)));
        Assert.Fail($"no mail for {recipient} (subject containing “{subject}”) arrived in {folder} " +
            $"within {(timeout ?? TimeSpan.FromSeconds(10)).TotalSeconds} s");
        return null!;
    }
}
