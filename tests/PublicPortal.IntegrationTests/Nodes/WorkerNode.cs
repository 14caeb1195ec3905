using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using PublicPortal.IntegrationTests.Infrastructure;
using PublicPortal.Web.Features.Imports;
using PublicPortal.Web.Features.Mail;

namespace PublicPortal.IntegrationTests.Nodes;

/// <summary>
/// One node of a cluster: the portal with its background workers running, mailing through the test run's SMTP server, on a
/// database of its own or on another node's (<paramref name="sameDatabaseAs"/>; that node must outlive this one, it owns the
/// database). Its mail goes through <see cref="Transport"/> and its imports through <see cref="Hooks"/>, which record what
/// this node did and let a test make it hang for good around the step that matters: a node that died there.
/// </summary>
public sealed class WorkerNode(TestSmtp smtp, WorkerNode? sameDatabaseAs = null, DateTimeOffset? clockStart = null) : PortalFactory
{
    protected override DateTimeOffset ClockStart => clockStart ?? base.ClockStart;

    public NodeTransport Transport { get; } = new();
    public NodeImportHooks Hooks { get; } = new();

    public SwitchableOptions<MailOptions> Mail { get; } =
        new(new MailOptions { Host = smtp.Host, Port = smtp.Port, PollSeconds = 0.2, ClaimSeconds = 60 });

    /// <summary>Settings for this node (set before <see cref="Start"/>).</summary>
    public Dictionary<string, string?> Extra { get; } = new() { ["Imports:PollSeconds"] = "0.2" };

    protected override IReadOnlyDictionary<string, string?> Settings =>
        sameDatabaseAs is null
            ? Extra
            : new Dictionary<string, string?>(Extra) { ["ConnectionStrings:Portal"] = sameDatabaseAs.ConnectionString };

    protected override void ConfigureTestServices(IServiceCollection services)
    {
        services.AddSingleton<IOptionsMonitor<MailOptions>>(Mail);
        services.AddSingleton<IMailTransport>(sp =>
        {
            Transport.Inner = ActivatorUtilities.CreateInstance<SmtpMailTransport>(sp);
            return Transport;
        });
        services.AddSingleton<ImportHooks>(Hooks);
    }

    /// <summary>Starts the node: migrates (or finds the database migrated), seeds, and starts its workers.</summary>
    public WorkerNode Start()
    {
        _ = Services;
        return this;
    }

    public OutboxWorker Outbox => Services.GetRequiredService<OutboxWorker>();
    public ImportWorker Imports => Services.GetServices<IHostedService>().OfType<ImportWorker>().Single();
}

/// <summary>The node's SMTP transport: counts what it sent, and can hang for good before or after the SMTP exchange.</summary>
public sealed class NodeTransport : IMailTransport
{
    public enum Death { None, BeforeSmtp, AfterSmtpAccepted }

    private int _sent;

    public IMailTransport Inner { get; set; } = null!;
    public Death DiesAt { get; set; }
    /// <summary>Completed when the node reaches its death (it holds a claimed message and will never finish it).</summary>
    public TaskCompletionSource Died { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    /// <summary>When set, the node's first message waits (at most 20 s) for this before it goes to SMTP.</summary>
    public Task? FirstSendWaitsFor { get; set; }
    /// <summary>Completed when the node holds its first message.</summary>
    public TaskCompletionSource HasOne { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public int Sent => Volatile.Read(ref _sent);

    public async Task SendAsync(string recipient, string subject, string body, string? messageId, CancellationToken ct)
    {
        HasOne.TrySetResult();
        if (FirstSendWaitsFor is { } other) await Task.WhenAny(other, Task.Delay(TimeSpan.FromSeconds(20), ct));
        if (DiesAt == Death.BeforeSmtp) await HangAsync(ct);
        await Inner.SendAsync(recipient, subject, body, messageId, ct);
        if (DiesAt == Death.AfterSmtpAccepted) await HangAsync(ct);
        Interlocked.Increment(ref _sent);
    }

    private async Task HangAsync(CancellationToken ct)
    {
        Died.TrySetResult();
        await Task.Delay(Timeout.Infinite, ct); // until the factory is disposed
    }
}

/// <summary>The node's import hooks: record which batches this node wrote, and can hang for good after the first chunk.</summary>
public sealed class NodeImportHooks : ImportHooks
{
    private readonly System.Collections.Concurrent.ConcurrentBag<int> _batches = [];

    public bool DiesAfterFirstChunk { get; set; }
    public TaskCompletionSource Died { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    public IReadOnlyCollection<int> BatchesWritten => _batches.Distinct().ToList();

    public override async Task AfterChunkAsync(int batchId, int stored, CancellationToken ct)
    {
        _batches.Add(batchId);
        if (!DiesAfterFirstChunk) return;
        Died.TrySetResult();
        await Task.Delay(Timeout.Infinite, ct); // holding the import's transaction and the batch's lease until disposed
    }
}
