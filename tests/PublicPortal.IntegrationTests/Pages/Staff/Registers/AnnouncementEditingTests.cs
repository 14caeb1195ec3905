using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using PublicPortal.IntegrationTests.Infrastructure;

namespace PublicPortal.IntegrationTests.Pages.Staff.Registers;

public class AnnouncementEditingTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Preview_PostsTheForm_RendersTheMarkdownSafely_AndKeepsTheInput_WithoutJavaScript()
    {
        await Crew.EnsureAsync(factory);
        var officer = await StaffLogin.SignInAsync(factory, Crew.Officer);
        var values = new Dictionary<string, string>
        {
            ["Input.Title"] = "关于福田区2025年落后产能退出工作的公告", ["Input.Summary"] = "公布本年度退出企业。",
            ["Input.Body"] = "## 退出名单\n\n- **甲公司**：高炉一座\n\n<script>alert(1)</script>",
        };
        var page = await officer.SubmitAsync("/staff/registers/announcements", "form#entry", values, "#preview-button");
        var preview = page.QuerySelector("#preview .document-body")!;
        Assert.Equal("退出名单", preview.QuerySelector("h2")!.TextContent);
        Assert.Equal("甲公司", preview.QuerySelector("li strong")!.TextContent);
        Assert.Null(preview.QuerySelector("script"));
        Assert.Equal(values["Input.Body"], page.QuerySelector("#Input_Body")!.TextContent.Replace("\r\n", "\n"));
        Assert.Equal(0,
            await factory.WithDbAsync(db => db.Announcements.IgnoreQueryFilters().CountAsync(a => a.Title == values["Input.Title"])));

        // Saving from the previewed page stores the draft (the form posts to the save handler, not the preview).
        page = await officer.SubmitAsync(page, "form#entry", null, "#save-button");
        Assert.Equal("已保存草稿。", page.QuerySelector(".notice.success")!.TextContent.Trim());
        var id = int.Parse(System.Web.HttpUtility.ParseQueryString(new Uri(page.Url).Query)["id"]!, CultureInfo.InvariantCulture);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync($"/announcements/{id}")).StatusCode);

        page = await officer.SubmitAsync(page, "form#submit");
        var lead = await StaffLogin.SignInAsync(factory, Crew.Lead);
        await lead.SubmitAsync($"/staff/registers/entry?register=announcements&id={id}", "form#approve");
        var detail = await factory.CreateClient().GetPageAsync($"/announcements/{id}");
        Assert.Equal("甲公司", detail.QuerySelector(".document-body li strong")!.TextContent);
        Assert.Equal("发布", detail.QuerySelector("#changes tbody tr td:nth-child(2)")!.TextContent.Trim());
    }

    [Fact]
    public async Task Save_WithoutTitle_ShowsTheChineseMessageBesideIt()
    {
        await Crew.EnsureAsync(factory);
        var officer = await StaffLogin.SignInAsync(factory, Crew.Officer);
        var page = await officer.SubmitAsync("/staff/registers/announcements", "form#entry", new() { ["Input.Body"] = "正文" },
            "#save-button");
        Assert.Equal("请填写标题", page.FieldError("Input.Title"));
        Assert.Equal("正文", page.QuerySelector("#Input_Body")!.TextContent.Trim());
    }
}
