using System.Globalization;
using PublicPortal.IntegrationTests.Builders;
using PublicPortal.IntegrationTests.Infrastructure;
using PublicPortal.Web.Features.Tips;
using PublicPortal.Web.Features.Tips.Handling;
using static PublicPortal.IntegrationTests.Infrastructure.Crew;
using static PublicPortal.IntegrationTests.Infrastructure.StaffPages;

namespace PublicPortal.IntegrationTests.Pages.Staff.Tips;

/// <summary>重复诉求并单: flagged on queue and detail, merged by the office, closed together; each citizen keeps their own number.</summary>
public class TipDuplicateTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData("深圳市福田鑫达铸造有限公司", "深圳市福田鑫达铸造有限责任公司")]
    [InlineData("深圳市福田鑫达铸造有限公司", " 深圳市福田 鑫达铸造公司 ")]
    [InlineData("ＡＢＣ钢铁有限公司", "abc钢铁有限公司")]
    public void NormalizeName_TreatsSuffixWidthAndSpacesAlike(string a, string b) =>
        Assert.Equal(TipDuplicates.NormalizeName(a), TipDuplicates.NormalizeName(b));

    [Fact]
    public void NormalizeName_KeepsDifferentEnterprisesApart() =>
        Assert.NotEqual(TipDuplicates.NormalizeName("鑫达铸造有限公司"), TipDuplicates.NormalizeName("鑫达锻造有限公司"));

    [Fact]
    public async Task SameEnterpriseAndCategory_IsFlagged_OnQueueAndDetail_OtherCategoryIsNot()
    {
        await EnsureAsync(factory);
        var first = await TipSeed.FileAsync(factory, enterprise: "福田鑫达铸造有限公司");
        var second = await TipSeed.FileAsync(factory, enterprise: "福田 鑫达铸造有限责任公司");
        var byCode = await TipSeed.FileAsync(factory, enterprise: "完全不同的名字", creditCode: "91440300MA5XXXXX13");
        var byCodeToo = await TipSeed.FileAsync(factory, enterprise: "另一个写法", creditCode: "９１４４０３００ＭＡ５ＸＸＸＸＸ１３");
        var otherCategory = await TipSeed.FileAsync(factory, enterprise: "福田鑫达铸造有限公司", category: TipCategory.Technology);

        var officer = await StaffLogin.SignInAsync(factory, Officer);
        var queue = await officer.GetPageAsync("/staff");
        string Flags(int id) => queue.QuerySelector($"#queue tr[data-tip='{id}'] .flags")!.TextContent;
        Assert.Contains("疑似重复", Flags(first.Id));
        Assert.Contains("疑似重复", Flags(second.Id));
        Assert.Contains("疑似重复", Flags(byCode.Id));
        Assert.Contains("疑似重复", Flags(byCodeToo.Id));
        var detail = await DetailAsync(officer, second.Id);
        Assert.Contains(first.TrackingNumber, detail.QuerySelector("#duplicates")!.TextContent);
        Assert.DoesNotContain(otherCategory.TrackingNumber, detail.QuerySelector("#duplicates")!.TextContent);
        Assert.Null((await DetailAsync(await StaffLogin.SignInAsync(factory, SzOffice), otherCategory.Id)).QuerySelector("#duplicates"));
    }

    [Fact]
    public async Task Merge_TheCitizenFollowsTheirOwnNumber_AndClosingTheMainClosesIt()
    {
        await EnsureAsync(factory);
        var enterprise = TipSeed.Enterprise("并单测试");
        var main = await TipSeed.FileAsync(factory, enterprise: enterprise);
        var duplicate = await TipSeed.FileAsync(factory, enterprise: enterprise.Replace("有限公司", "有限责任公司"));

        // The office merges the duplicate into the main tip-off through the merge form.
        var office = await StaffLogin.SignInAsync(factory, SzOffice);
        var page = await ActAsync(office, duplicate.Id, "merge", new() { ["into"] = main.Id.ToString(CultureInfo.InvariantCulture) });
        Assert.Equal("已并单。", Flash(page));
        Assert.Contains(main.TrackingNumber, page.QuerySelector("#merged-into")!.TextContent);
        Assert.Equal("已并案办理", page.QuerySelector("#tip-status")!.TextContent.Trim());
        var stored = await TipSeed.LoadAsync(factory, duplicate.Id);
        Assert.Equal((TipStatus.Merged, main.Id), (stored.Status, stored.MergedIntoId));
        Assert.All(stored.Assignments, a => Assert.False(a.IsActive));
        Assert.Contains(duplicate.TrackingNumber, (await DetailAsync(office, main.Id)).QuerySelector("#merged-from")!.TextContent);

        // Its citizen sees that it is handled together with another tip-off, but not which.
        var citizen = factory.CreateClient();
        var track = await TipForms.LookUpAsync(citizen, new TipForms.Receipt(duplicate.TrackingNumber, duplicate.QueryCode));
        Assert.Equal("已并案办理", track.QuerySelector("#tip-status")!.TextContent.Trim());
        Assert.Contains(track.Texts("ol.timeline li"), t => t.Contains("与其他群众反映的同一问题合并办理"));
        Assert.DoesNotContain(main.TrackingNumber, track.Body!.TextContent);

        // The department handles the main tip-off only; its closure closes the merged one with the same finding and reply.
        var officer = await StaffLogin.SignInAsync(factory, Officer);
        var queue = (await officer.GetPageAsync("/staff")).QuerySelectorAll("#queue tr[data-tip]").Select(r => r.GetAttribute("data-tip"));
        Assert.DoesNotContain(duplicate.Id.ToString(CultureInfo.InvariantCulture), queue);
        await DoAsync(factory, Officer, w => w.SignAsync(main.Id, default));
        await DoAsync(factory, Officer, w => w.ProposeCloseAsync(main.Id, TipFinding.PartlySubstantiated, "部分属实：一台中频炉违规使用，已查封。", default));
        await DoAsync(factory, Lead, w => w.ApproveCloseAsync(main.Id, default));

        track = await citizen.GetPageAsync("/tips/track");
        Assert.Equal("已办结", track.QuerySelector("#tip-status")!.TextContent.Trim());
        Assert.Equal("部分查实", track.QuerySelector("#tip-finding")!.TextContent.Trim());
        Assert.Equal("部分属实：一台中频炉违规使用，已查封。", track.QuerySelector("#tip-reply")!.TextContent.Trim());
        Assert.NotNull(track.QuerySelector("form#rate"));
        stored = await TipSeed.LoadAsync(factory, duplicate.Id);
        Assert.Equal((TipStatus.Closed, TipFinding.PartlySubstantiated, main.Id),
            (stored.Status, stored.Finding!.Value, stored.MergedIntoId!.Value));
    }

    [Fact]
    public async Task Merge_IntoItself_OrFromAMainTip_IsRefused()
    {
        await EnsureAsync(factory);
        var enterprise = TipSeed.Enterprise("并单拒绝");
        var main = await TipSeed.FileAsync(factory, enterprise: enterprise);
        var duplicate = await TipSeed.FileAsync(factory, enterprise: enterprise);
        var third = await TipSeed.FileAsync(factory, enterprise: enterprise);
        Assert.Equal("不能并入本件。", (await StepAsync(factory, SzOffice, w => w.MergeAsync(main.Id, main.Id, default))).Error);
        await DoAsync(factory, SzOffice, w => w.MergeAsync(duplicate.Id, main.Id, default));
        Assert.Contains("只能作为主办件", (await StepAsync(factory, SzOffice, w => w.MergeAsync(main.Id, third.Id, default))).Error);
        Assert.Contains("尚未办结", (await StepAsync(factory, SzOffice, w => w.MergeAsync(third.Id, duplicate.Id, default))).Error);
        var zhanjiang = await TipSeed.FileAsync(factory, enterprise: enterprise, place: "440800");
        Assert.Contains("本辖区", (await StepAsync(factory, SzOffice, w => w.MergeAsync(third.Id, zhanjiang.Id, default))).Error);
    }
}
