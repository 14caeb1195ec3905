namespace PublicPortal.Web.Features.Tips;

/// <summary>Time limits and limits for tip-offs; bound from the "Tips" section.</summary>
public class TipOptions
{
    public const string Section = "Tips";

    /// <summary>签收 within this many working days of dispatch.</summary>
    public int SignWithinWorkingDays { get; set; } = 1;

    /// <summary>
    /// 办结 within this many working days of dispatch, unless <see cref="CloseWithinWorkingDaysByCategory"/> says otherwise.
    /// </summary>
    public int CloseWithinWorkingDays { get; set; } = 15;

    /// <summary>Per-category override, e.g. { "DiTiaoGang": 10 } (one province's practice for 地条钢 reports).</summary>
    public Dictionary<string, int> CloseWithinWorkingDaysByCategory { get; set; } = new() { ["DiTiaoGang"] = 10 };

    /// <summary>A 延期 may move the close deadline at most this many working days past the current one.</summary>
    public int ExtensionMaxWorkingDays { get; set; } = 15;

    /// <summary>Tip-offs about the same enterprise and category filed within this many days are flagged as possible duplicates.</summary>
    public int DuplicateWindowDays { get; set; } = 30;

    /// <summary>The queue marks an item 即将到期 when its deadline is at most this many working days away.</summary>
    public int DueSoonWorkingDays { get; set; } = 2;

    public int QueuePageSize { get; set; } = 20;

    public int MaxFiles { get; set; } = 5;
    public long MaxFileBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>Absolute URL of the follow-up page used in emails, e.g. https://example.gov.cn/tips/track.</summary>
    public string? TrackUrl { get; set; }

    public int CloseDaysFor(TipCategory category) =>
        CloseWithinWorkingDaysByCategory.TryGetValue(category.ToString(), out var days) ? days : CloseWithinWorkingDays;
}
