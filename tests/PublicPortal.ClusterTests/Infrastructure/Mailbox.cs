using System.Diagnostics;
using PublicPortal.IntegrationTests.Infrastructure;

namespace PublicPortal.ClusterTests.Infrastructure;

/// <summary>The SMTP sink's Maildir (aiosmtpd's Mailbox handler writes one file per accepted message into new/).</summary>
public sealed class Mailbox(string maildir)
{
    private readonly Dictionary<string, Eml> _read = new(StringComparer.Ordinal);

    /// <summary>Every message accepted so far, each file parsed once.</summary>
    public IReadOnlyList<Eml> All()
    {
        var folder = Path.Combine(maildir, "new");
        if (!Directory.Exists(folder)) return [];
        foreach (var file in Directory.EnumerateFiles(folder))
            if (!_read.ContainsKey(file)) _read[file] = Eml.Parse(File.ReadAllText(file));
        return [.. _read.Values];
    }

    /// <summary>
    /// Waits (up to <paramref name="timeout"/>) until <paramref name="done"/> holds for the messages received, then until
    /// nothing new has arrived for <paramref name="quiet"/>: a second copy of a message would come from a second node or
    /// from a claim taken over after a node died, both within that time.
    /// </summary>
    public async Task<IReadOnlyList<Eml>> WaitAsync(Func<IReadOnlyList<Eml>, bool> done, TimeSpan quiet, TimeSpan timeout)
    {
        var waited = Stopwatch.StartNew();
        var mail = All();
        while (!done(mail) && waited.Elapsed < timeout)
        {
            await Task.Delay(200);
            mail = All();
        }
        var still = Stopwatch.StartNew();
        while (still.Elapsed < quiet && waited.Elapsed < timeout + quiet)
        {
            await Task.Delay(200);
            var now = All();
            if (now.Count != mail.Count) still.Restart();
            mail = now;
        }
        return mail;
    }
}
