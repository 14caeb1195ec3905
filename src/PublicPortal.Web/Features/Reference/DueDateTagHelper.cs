using System.Globalization;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace PublicPortal.Web.Features.Reference;

/// <summary>
/// <c>&lt;due-date value="@a.CloseDueOn" /&gt;</c>: a deadline counted in working days, as a <c>&lt;time&gt;</c>, followed by
/// “（暂定）” with its reason when the deadline's year has no 调休 schedule loaded yet (see
/// <see cref="WorkingDayCalendar.IsProvisional"/>). Every page that shows a working-day deadline uses it, so none forgets.
/// </summary>
[HtmlTargetElement("due-date", Attributes = "value", TagStructure = TagStructure.WithoutEndTag)]
public sealed class DueDateTagHelper(CalendarProvider calendars) : TagHelper
{
    public DateOnly? Value { get; set; }

    /// <summary><c>chinese="true"</c>: written 2027年1月5日 (public pages) instead of 2027-01-05 (back office).</summary>
    public bool Chinese { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = null;
        output.TagMode = TagMode.StartTagAndEndTag;
        if (Value is not { } date) { output.Content.SetContent("—"); return; }
        var text = Chinese ? $"{date.Year}年{date.Month}月{date.Day}日" : date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        output.Content.SetHtmlContent($"<time datetime=\"{date:yyyy-MM-dd}\">{text}</time>");
        if ((await calendars.GetAsync()).IsProvisional(date))
            output.Content.AppendHtml(
                $"<span class=\"provisional\" title=\"{date.Year}年节假日安排尚未录入，暂按周一至周五计算\">（暂定：{date.Year}年节假日安排尚未录入，暂按周一至周五计算）</span>");
    }
}
