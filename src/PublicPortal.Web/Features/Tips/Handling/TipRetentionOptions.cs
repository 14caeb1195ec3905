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

    /// <summary>The period as the receipt and the privacy page state it to the citizen.</summary>
    public string Statement => string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $"举报办结、最后一次评价或重办之日（以最晚者为准）起满 {TipRetentionMonths} 个月后，系统自动删除举报人信息、举报内容、留言、")
        + "证据材料和评价意见，只保留举报类别、发生地点、办理部门、日期、办理状态和评价等级，用于统计。";
}
