using System.Net;
using Microsoft.EntityFrameworkCore;
using PublicPortal.IntegrationTests.Infrastructure;
using PublicPortal.Web.Features.Tips.Intake;
using static PublicPortal.IntegrationTests.Features.Open311.Open311Api;

namespace PublicPortal.IntegrationTests.Features.Tips.Intake;

/// <summary>
/// The web form and Open311 are two translations of one intake: the same limits and the same messages, whichever
/// channel a tip-off comes through (they once disagreed: 5000 characters of description on the form, 4000 on Open311).
/// </summary>
public class OneIntakeTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static string Description(int length) => string.Concat(Enumerable.Repeat("夜间仍在生产钢坯。", length / 9 + 1))[..length];

    [Fact]
    public async Task LongestDescription_IsFiled_ThroughBothChannels()
    {
        var text = Description(TipLimits.DescriptionMax);
        Assert.Equal(TipLimits.DescriptionMax, text.Length);

        var receipt = TipForms.ReadReceipt(await TipForms.SubmitValidAsync(factory.CreateClient(), v => v["Input.Description"] = text));
        var (clientId, key) = await IssueKeyAsync(factory);
        var response = await PostAsync(factory.CreateClient(), "json", Valid(key, v => v["description"] = text));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(2, await factory.WithDbAsync(db => db.Tips.CountAsync(t =>
            t.TrackingNumber == receipt.TrackingNumber || t.ApiClientId == clientId)));
    }

    [Fact]
    public async Task DescriptionOverTheLimit_IsRefused_WithTheSameMessage_ByBothChannels()
    {
        var text = Description(TipLimits.DescriptionMax + 1);
        var message = $"情况描述应为 {TipLimits.DescriptionMin} 至 {TipLimits.DescriptionMax} 字";

        var client = factory.CreateClient();
        var form = await TipForms.OpenAsync(client);
        var page = await HtmlHelpers.GetDocumentAsync(await TipForms.SubmitAsync(client, form,
            TipForms.Valid(v => v["Input.Description"] = text)));
        Assert.Equal(message, TipForms.ErrorFor(page, "Input.Description"));
        Assert.Equal(text, page.QuerySelector("textarea[name='Input.Description']")!.TextContent.Trim('\n'));

        var (clientId, key) = await IssueKeyAsync(factory);
        var errors = await ErrorsAsync(await PostAsync(factory.CreateClient(), "xml", Valid(key, v => v["description"] = text)),
            "xml", HttpStatusCode.BadRequest);
        Assert.Equal($"description：{message}", Assert.Single(errors).Description);
        Assert.Equal(0, await factory.WithDbAsync(db => db.Tips.CountAsync(t => t.ApiClientId == clientId)));
    }

    [Fact]
    public async Task NamedTipster_WithoutPhoneOrEmail_IsRefused_WithTheSameMessage_ByBothChannels()
    {
        const string message = "实名举报请至少留下电话或电子邮箱之一，便于核查人员联系您";

        var client = factory.CreateClient();
        var page = await HtmlHelpers.GetDocumentAsync(await TipForms.SubmitAsync(client, await TipForms.OpenAsync(client),
            TipForms.Valid(v => { v["Input.Identity"] = "named"; v["Input.Name"] = "李小明"; })));
        Assert.Equal(message, TipForms.ErrorFor(page, "Input.Phone"));

        var (_, key) = await IssueKeyAsync(factory);
        var errors = await ErrorsAsync(await PostAsync(factory.CreateClient(), "json",
            Valid(key, v => { v["last_name"] = "李"; v["first_name"] = "小明"; })), "json", HttpStatusCode.BadRequest);
        Assert.Equal($"phone：{message}", Assert.Single(errors).Description);
    }
}
