using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PublicPortal.IntegrationTests.Builders;
using PublicPortal.IntegrationTests.Infrastructure;
using PublicPortal.Web.Features.Registers;
using PublicPortal.Web.Features.Staff;
using PublicPortal.Web.Features.Tips.Handling;

namespace PublicPortal.IntegrationTests.Features.Registers;

/// <summary>逾期未整改: a yellow card still being rectified after its deadline (with any extension) is flagged on the public
/// list and page, on the department's list and card page (which offers the red card), and in its daily digest. The
/// deadline day itself is in time; the day after is overdue. "Today" is the portal's clock (2026-06-10 in China).</summary>
public class OverdueCardTests
{
    private readonly string _id = Guid.NewGuid().ToString("N")[..8];

    private sealed record Cards(CardListing OnDeadline, CardListing Overdue, CardListing ExtendedOnDeadline, CardListing Rectified);

    private async Task<Cards> SeedAsync(PortalFactory factory) => await factory.WithDbAsync(async db =>
    {
        async Task<CardListing> Yellow(string name, DateOnly listedOn, Action<CardListing>? configure = null) =>
            await TestData.CardAsync(db, await TestData.EnterpriseAsync(db, $"（测试）{name}{_id}有限公司"),
                PublicPortal.Web.Features.Registers.Card.Yellow, listedOn, configure);
        return new Cards(
            await Yellow("期限当天", new(2025, 12, 10)),                                   // deadline 2026-06-10: today
            await Yellow("已逾期", new(2025, 12, 9)),                                      // deadline 2026-06-09: yesterday
            await Yellow("延期当天", new(2025, 9, 1), c => { c.ExtendedDeadline = new(2026, 6, 10); c.Status = CardStatus.Extended; }),
            await Yellow("已整改", new(2025, 6, 1), c => c.Status = CardStatus.Rectified));
    });

    private static bool Flagged(AngleSharp.Html.Dom.IHtmlDocument list, CardListing card) =>
        list.QuerySelector($"a[href='/lists/cards/{card.Id}']")!.Closest("tr")!.QuerySelector(".card-overdue") is not null;

    [Fact]
    public async Task PublicListAndPage_FlagOnlyCardsPastTheirDeadline_FromTheDayAfter()
    {
        using var factory = new PortalFactory();
        var cards = await SeedAsync(factory);
        var client = factory.CreateClient();

        var list = await client.GetPageAsync("/lists/cards");
        Assert.True(Flagged(list, cards.Overdue));
        Assert.False(Flagged(list, cards.OnDeadline));
        Assert.False(Flagged(list, cards.ExtendedOnDeadline));
        Assert.False(Flagged(list, cards.Rectified));
        Assert.Contains("逾期未整改", (await client.GetPageAsync($"/lists/cards/{cards.Overdue.Id}")).QuerySelector(".lead")!.TextContent);
        Assert.Null((await client.GetPageAsync($"/lists/cards/{cards.OnDeadline.Id}")).QuerySelector(".card-overdue"));

        factory.Clock.SetChinaDate(new DateOnly(2026, 6, 11), new TimeOnly(0, 5)); // just after China midnight
        list = await client.GetPageAsync("/lists/cards");
        Assert.True(Flagged(list, cards.OnDeadline));
        Assert.True(Flagged(list, cards.ExtendedOnDeadline));
        Assert.False(Flagged(list, cards.Rectified));
        Assert.NotNull((await client.GetPageAsync($"/lists/cards/{cards.OnDeadline.Id}")).QuerySelector(".card-overdue"));
    }

    [Fact]
    public async Task DepartmentList_FlagsTheOverdueCard_AndItsPageOffersTheRedCard_Prefilled_LinkedToTheYellowOne()
    {
        using var factory = new PortalFactory();
        var cards = await SeedAsync(factory);
        var lead = $"lead-{_id}@fgw.test";
        await StaffLogin.CreateAsync(factory, lead, StaffRoles.Lead, "440300-fgw"); // TestData puts cards with the city's 发改
        var client = await StaffLogin.SignInAsync(factory, lead);

        var list = await client.GetPageAsync("/staff/registers?register=cards");
        Assert.Contains("1 张黄牌", list.QuerySelector("#overdue-cards")!.TextContent);
        AngleSharp.Dom.IElement Row(CardListing c) =>
            list.QuerySelector($"a[href='/staff/registers/entry?register=cards&id={c.Id}']")!.Closest("tr")!;
        Assert.NotNull(Row(cards.Overdue).QuerySelector(".card-overdue"));
        Assert.Null(Row(cards.OnDeadline).QuerySelector(".card-overdue"));

        var page = await client.GetPageAsync($"/staff/registers/cards?id={cards.Overdue.Id}");
        Assert.Contains("2026年6月9日", page.QuerySelector("#card-overdue")!.TextContent);
        Assert.Equal("整改期满（2026年6月9日）仍未达标。", page.QuerySelector("#escalate-reason")!.TextContent);
        Assert.Null((await client.GetPageAsync($"/staff/registers/cards?id={cards.OnDeadline.Id}")).QuerySelector("#card-overdue"));

        await client.SubmitAsync(page, "form#escalate",
            new Dictionary<string, string> { ["ActionReason"] = "整改期满（2026年6月9日）仍未达标。" });
        var red = await factory.WithDbAsync(db => db.CardListings.IgnoreQueryFilters()
            .SingleAsync(c => c.PreviousCardId == cards.Overdue.Id));
        Assert.Equal(Card.Red, red.Card);
        Assert.Equal(cards.Overdue.EnterpriseId, red.EnterpriseId);
        var yellow = await factory.WithDbAsync(db => db.CardListings.IgnoreQueryFilters().SingleAsync(c => c.Id == cards.Overdue.Id));
        Assert.Equal(CardStatus.Escalated, yellow.Status);
    }

    [Fact]
    public async Task Digest_ListsTheDepartmentsOverdueCards()
    {
        using var factory = new PortalFactory();
        var cards = await SeedAsync(factory);
        await factory.WithDbAsync(db => db.Departments.Where(d => d.Code == "440300-fgw")
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.Email, $"fgw-{_id}@sz.example.gov.cn")));
        using (var scope = factory.Services.CreateScope())
            Assert.Equal(DailyDigest.Outcome.Sent,
                (await scope.ServiceProvider.GetRequiredService<DailyDigest>().SendIfDueAsync(default)).Outcome);

        var mail = await factory.WithDbAsync(db => db.OutboxMessages.SingleAsync(m => m.Subject.StartsWith("【催办提醒】")));
        Assert.Equal("【催办提醒】深圳市发展和改革委员会：0 件举报待办，1 张黄牌逾期未整改（2026-06-10）", mail.Subject);
        Assert.Contains($"（测试）已逾期{_id}有限公司｜限期整改中｜整改期限 2026-06-09（已过）", mail.Body);
        Assert.DoesNotContain($"期限当天{_id}", mail.Body);
        Assert.DoesNotContain($"延期当天{_id}", mail.Body);
    }
}
