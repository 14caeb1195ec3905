using System.Collections.Concurrent;
using System.Threading.Channels;

namespace PublicPortal.Web.Features.Imports;

/// <summary>Wakes the <see cref="ImportWorker"/> when a page hands it a batch, instead of waiting for its next poll.</summary>
public sealed class ImportQueue
{
    private readonly Channel<bool> _signal =
        Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public void Notify() => _signal.Writer.TryWrite(true);

    public async Task WaitAsync(TimeSpan timeout, CancellationToken ct)
    {
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(ct);
        cts.CancelAfter(timeout);
        try { await _signal.Reader.ReadAsync(cts.Token); }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested) { }
    }
}

/// <summary>
/// How far a running import is. The import writes in one transaction, so its progress cannot be committed to the batch
/// row while it runs (other connections would not see it, and SQLite would block on it); it is kept here instead.
/// </summary>
/// <remarks>REVIEW: per instance — with several app instances, only the one running the import shows the count;
/// the others show "正在导入" without numbers.</remarks>
public sealed class ImportProgress
{
    private readonly ConcurrentDictionary<int, int> _stored = new();
    public void Report(int batchId, int stored) => _stored[batchId] = stored;
    public void Clear(int batchId) => _stored.TryRemove(batchId, out _);
    public int? Stored(int batchId) => _stored.TryGetValue(batchId, out var n) ? n : null;
}

/// <summary>A seam for tests: called after each chunk of entries is written inside the import transaction.</summary>
public class ImportHooks
{
    public virtual Task AfterChunkAsync(int batchId, int stored, CancellationToken ct) => Task.CompletedTask;
}

public sealed class ImportOptions
{
    /// <summary>Largest file accepted: 50,000 rows of the annual list are about 8 MB as CSV.</summary>
    public long MaxFileBytes { get; set; } = 20 * 1024 * 1024;
    public double PollSeconds { get; set; } = 5;
    public int ChunkSize { get; set; } = 1000;
}
