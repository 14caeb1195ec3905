namespace PublicPortal.Web.Features.Tips.Handling;

/// <summary>How long a closed tip-off keeps its personal data and free text; bound from the "Retention" section.</summary>
public class TipRetentionOptions
{
    public const string Section = "Retention";

    /// <summary>Whether <see cref="TipRetention"/> runs by itself (at start and every <see cref="PollMinutes"/>).</summary>
    public bool Enabled { get; set; } = true;
    /// <summary>Months after 办结, the last rating or the last 重办 (whichever is latest) before the tip-off is erased.</summary>
    public int TipRetentionMonths { get; set; } = 24;
    /// <summary>How often the job looks for expired tip-offs.</summary>
    public double PollMinutes { get; set; } = 60;
}
