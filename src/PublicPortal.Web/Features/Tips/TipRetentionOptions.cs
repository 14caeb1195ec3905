using System.Globalization;
using PublicPortal.Web.Infrastructure;

namespace PublicPortal.Web.Features.Tips;

/// <summary>How long a closed tip-off keeps its personal data and free text; bound from the "Retention" section. The job that
/// erases is <see cref="Handling.TipRetention"/>; the sentences here are what the citizen and staff pages say about it.</summary>
public class TipRetentionOptions
{
    public const string Section = "Retention";

    /// <summary>Whether <see cref="Handling.TipRetention"/> runs by itself (at start and every <see cref="PollMinutes"/>).</summary>
    public bool Enabled { get; set; } = true;
    /// <summary>Months after 办结, the last rating or the last 重办 (whichever is latest) before the tip-off is erased.</summary>
    public int TipRetentionMonths { get; set; } = 24;
    /// <summary>How often the job looks for expired tip-offs.</summary>
    public double PollMinutes { get; set; } = 60;

    /// <summary>The period as the receipt and the privacy page state it to the citizen.</summary>
    public string Statement => string.Create(CultureInfo.InvariantCulture,
        $"举报办结、最后一次评价或重办之日（以最晚者为准）起满 {TipRetentionMonths} 个月后，系统自动删除举报人信息、举报内容、留言、")
        + "证据材料和评价意见，只保留举报类别、发生地点、办理部门、日期、办理状态和评价等级，用于统计。";

    public const string ErasedNote = "该举报已超过保存期限，个人信息和内容已按规定删除";

    /// <summary>"该举报已超过保存期限，…（删除日期：2028-06-11）。", for every page that shows an erased tip-off.</summary>
    public static string ErasedText(DateTime erasedAt) =>
        string.Create(CultureInfo.InvariantCulture, $"{ErasedNote}（删除日期：{erasedAt.ToChinaDateText()}）。");
}
