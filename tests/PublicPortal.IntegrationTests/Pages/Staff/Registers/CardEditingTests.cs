using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using PublicPortal.IntegrationTests.Builders;
using PublicPortal.IntegrationTests.Infrastructure;
using PublicPortal.Web.Features.Reference;
using PublicPortal.Web.Features.Registers;
using PublicPortal.Web.Features.Tips;
using PublicPortal.Web.Infrastructure;

namespace PublicPortal.IntegrationTests.Pages.Staff.Registers;

/// <summary>Yellow cards: one extension of at most 3 months, and 转红牌 creating a red card that points back to the yellow one.</summary>
public class CardEditingTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private async Task<int> PublishedYellowCardAsync(string name, string creditSuffix)
    {
        await Crew.EnsureAsync(factory);
        var officer = await StaffLogin.SignInAsync(factory, Crew.Officer);
        var futian = await factory.WithDbAsync(db => db.Jurisdictions.Where(j => j.Code == "440304").Select(j => j.Id).SingleAsync());
        var first17 = "91440304MA" + creditSuffix;
        var page = await officer.SubmitAsync("/staff/registers/cards", "form#entry", new()
        {
            ["Common.CreditCode"] = first17 + CreditCode.CheckCharacter(first17), ["Common.EnterpriseName"] = name,
            ["Common.JurisdictionId"] = futian.ToString(CultureInfo.InvariantCulture), ["Common.Year"] = "2025", ["Input.Card"] = "Yellow",
            ["Input.Reason"] = "单位产品能耗超过限额标准", ["Input.ListedOn"] = "2025-04-01", ["Input.Status"] = "Rectifying",
        });
        Assert.True(page.QuerySelector("form#submit") is not null, page.MainText());
        page = await officer.SubmitAsync(page, "form#submit");
        var id = int.Parse(System.Web.HttpUtility.ParseQueryString(new Uri(page.Url).Query)["id"]!, CultureInfo.InvariantCulture);
        var lead = await StaffLogin.SignInAsync(factory, Crew.Lead);
        await lead.SubmitAsync($"/staff/registers/entry?register=cards&id={id}", "form#approve");
        return id;
    }

    [Fact]
    public async Task Extension_IsRefusedBeyondThreeMonths_GrantedOnce_AndShownPublicly()
    {
        var id = await PublishedYellowCardAsync("福田延期测试有限公司", "7000001");
        Assert.Equal(new DateOnly(2025, 10, 1),
            await factory.WithDbAsync(db => db.CardListings.Where(c => c.Id == id).Select(c => c.RectifyDeadline).SingleAsync()));
        var lead = await StaffLogin.SignInAsync(factory, Crew.Lead);
        var page = await lead.SubmitAsync($"/staff/registers/cards?id={id}", "form#extend", new() { ["ExtendTo"] = "2026-01-02" });
        Assert.Equal("延期最长3个月，不得晚于2026-01-01。", page.FieldError("ExtendTo"));
        page = await lead.SubmitAsync(page, "form#extend", new() { ["ExtendTo"] = "2026-01-01", ["ActionReason"] = "企业已购置节能设备，申请延期" });
        Assert.Equal("已批准延期。", page.QuerySelector(".notice.success")!.TextContent.Trim());

        var card = await factory.WithDbAsync(db => db.CardListings.SingleAsync(c => c.Id == id));
        Assert.Equal((new DateOnly(2026, 1, 1), CardStatus.Extended), (card.ExtendedDeadline!.Value, card.Status));
        var detail = await factory.CreateClient().GetPageAsync($"/lists/cards/{id}");
        Assert.Contains("企业已购置节能设备，申请延期", detail.QuerySelector("#changes")!.TextContent);
        Assert.Contains("延期至 2026-01-01", detail.QuerySelector("#changes")!.TextContent);

        // Only one extension: the form is gone, and posting it anyway is refused.
        page = await lead.GetPageAsync($"/staff/registers/cards?id={id}");
        Assert.Null(page.QuerySelector("form#extend"));
        Assert.NotNull(page.QuerySelector("form#escalate"));
    }

    [Fact]
    public async Task Escalation_CreatesARedCardDraftPointingBack_AndMarksTheYellowOneEscalated()
    {
        var id = await PublishedYellowCardAsync("福田转红牌测试有限公司", "7000002");
        var lead = await StaffLogin.SignInAsync(factory, Crew.Lead);
        var page = await lead.SubmitAsync($"/staff/registers/cards?id={id}", "form#escalate",
            new() { ["ActionReason"] = "整改期满复查仍未达到能耗限额标准" });
        Assert.StartsWith("已转红牌", page.QuerySelector(".notice.success")!.TextContent.Trim());
        var redId = int.Parse(System.Web.HttpUtility.ParseQueryString(new Uri(page.Url).Query)["id"]!, CultureInfo.InvariantCulture);
        Assert.NotEqual(id, redId);

        var (yellow, red) = await factory.WithDbAsync(async db => (await db.CardListings.SingleAsync(c => c.Id == id),
            await db.CardListings.IgnoreQueryFilters().SingleAsync(c => c.Id == redId)));
        Assert.Equal(CardStatus.Escalated, yellow.Status);
        Assert.Equal(PublicationState.Published, yellow.State);
        Assert.Equal((Card.Red, id, PublicationState.Draft, yellow.EnterpriseId),
            (red.Card, red.PreviousCardId!.Value, red.State, red.EnterpriseId));

        // The yellow card stays public with the escalation in its history; the red card is public only once approved.
        var anonymous = factory.CreateClient();
        var detail = await anonymous.GetPageAsync($"/lists/cards/{id}");
        Assert.Contains("整改不达标，已转红牌", detail.QuerySelector("#changes")!.TextContent);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/lists/cards/{redId}")).StatusCode);
        page = await lead.SubmitAsync($"/staff/registers/entry?register=cards&id={redId}", "form#submit");
        await lead.SubmitAsync(page, "form#approve");
        detail = await anonymous.GetPageAsync($"/lists/cards/{redId}");
        Assert.NotNull(detail.QuerySelector($"a[href='/lists/cards/{id}']"));
    }

    [Fact]
    public async Task DraftFromAVerifiedTip_OpensPrefilled_KeepsTheTip_AndIsMarkedCompleted()
    {
        await Crew.EnsureAsync(factory);
        var tip = await TipSeed.FileAsync(factory);
        var first17 = "91440304MA7000003";
        var code = first17 + CreditCode.CheckCharacter(first17);
        var draftId = await factory.WithDbAsync(async db =>
        {
            var department = await db.Departments.SingleAsync(d => d.Code == "440304-yjglj");
            var draft = new PublicationDraft
            {
                Kind = PublicationDraftKind.YellowCard, TipId = tip.Id, DepartmentId = department.Id, EnterpriseName = "福田举报查实测试有限公司",
                CreditCode = code, Notes = "举报查实：中频炉能耗超过限额", CreatedById = 1, CreatedAt = factory.Clock.UtcNow(),
            };
            db.PublicationDrafts.Add(draft);
            await db.SaveChangesAsync();
            return draft.Id;
        });

        // Another department cannot open it.
        var other = await StaffLogin.SignInAsync(factory, Crew.NanshanOfficer);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/staff/registers/from-tip/{draftId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/staff/registers/cards?fromTip={draftId}")).StatusCode);

        var officer = await StaffLogin.SignInAsync(factory, Crew.Officer);
        var form = await officer.GetPageAsync($"/staff/registers/from-tip/{draftId}");
        Assert.Equal(code, ((AngleSharp.Html.Dom.IHtmlInputElement)form.QuerySelector("#Common_CreditCode")!).Value);
        Assert.Equal("福田举报查实测试有限公司", ((AngleSharp.Html.Dom.IHtmlInputElement)form.QuerySelector("#Common_EnterpriseName")!).Value);
        Assert.Equal("Yellow", ((AngleSharp.Html.Dom.IHtmlSelectElement)form.QuerySelector("#Input_Card")!).Value);
        Assert.Equal("举报查实：中频炉能耗超过限额", ((AngleSharp.Html.Dom.IHtmlTextAreaElement)form.QuerySelector("#Input_Reason")!).Value);

        var futian = await factory.WithDbAsync(db => db.Jurisdictions.Where(j => j.Code == "440304").Select(j => j.Id).SingleAsync());
        var page = await officer.SubmitAsync(form, "form#entry",
            new() { ["Common.JurisdictionId"] = futian.ToString(CultureInfo.InvariantCulture) });
        Assert.Equal("已保存草稿。", page.QuerySelector(".notice.success")!.TextContent.Trim());
        var id = int.Parse(System.Web.HttpUtility.ParseQueryString(new Uri(page.Url).Query)["id"]!, CultureInfo.InvariantCulture);
        var card = await factory.WithDbAsync(db => db.CardListings.IgnoreQueryFilters().SingleAsync(c => c.Id == id));
        Assert.Equal((tip.Id, Card.Yellow, new DateOnly(card.ListedOn.Year, card.ListedOn.Month, card.ListedOn.Day).AddMonths(6)),
            (card.SourceTipId!.Value, card.Card, card.RectifyDeadline!.Value));
        Assert.True(await factory.WithDbAsync(db =>
            db.PublicationDrafts.Where(d => d.Id == draftId).Select(d => d.IsCompleted).SingleAsync()));
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync($"/staff/registers/from-tip/{draftId}")).StatusCode);
    }
}
