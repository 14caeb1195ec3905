namespace PublicPortal.Web.Infrastructure;

/// <summary>Settings of the health endpoint and of a node's shutdown (section "Health").</summary>
public sealed class HealthOptions
{
    public const string Section = "Health";

    /// <summary>The name /healthz reports, so that whoever reads a balancer's log knows which node answered; by default the
    /// machine name and process id (two nodes on one machine differ, a restarted node shows a new id).</summary>
    public string NodeName { get; set; } = "";

    /// <summary>
    /// On SIGTERM, how long the node keeps serving while /healthz already answers 503, so that a balancer polling it takes
    /// the node out before it stops accepting connections. Only waited when something has polled /healthz since start-up:
    /// a node nobody checks (a laptop, a test) stops at once.
    /// </summary>
    public int DrainSeconds { get; set; } = 5;

    /// <summary>How long requests in flight (a tip-off being saved with its photos) may take to finish after draining,
    /// before the host gives up on them.</summary>
    public int FinishSeconds { get; set; } = 15;

    public string ResolvedNodeName =>
        string.IsNullOrWhiteSpace(NodeName) ? $"{Environment.MachineName}/{Environment.ProcessId}" : NodeName.Trim();
}
