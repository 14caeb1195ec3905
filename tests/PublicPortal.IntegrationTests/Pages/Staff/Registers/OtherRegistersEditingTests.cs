using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PublicPortal.IntegrationTests.Infrastructure;
using PublicPortal.Web.Features.Reference;

namespace PublicPortal.IntegrationTests.Pages.Staff.Registers;

/// <summary>Emission/penalty entries and unqualified products go through the same forms and workflow.</summary>
public class OtherRegistersEditingTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    public static TheoryData<string, string, string, string> Registers => new()
    {
        {
            "emissions", "/lists/emissions", "7200001",
            "Input.Pollutant=二氧化硫|Input.Violation=二氧化硫排放浓度超标|Input.FoundOn=2025-06-01|Input.Penalty=罚款10万元|" +
            "Input.Status=Rectifying|Input.IsSerious=true"
        },
        {
            "quality", "/lists/quality", "7200002",
            "Input.ProductName=热轧带肋钢筋|Input.FailedItems=屈服强度|Input.InspectedOn=2025-06-02|Input.Status=Rectified"
        },
    };

    [Theory]
    [MemberData(nameof(Registers))]
    public async Task Entry_IsCreatedSubmittedApproved_AndShownPublicly(string register, string publicPath, string creditSuffix,
        string fields)
    {
        await Crew.EnsureAsync(factory);
        var officer = await StaffLogin.SignInAsync(factory, Crew.Officer);
        var futian = await factory.WithDbAsync(db => db.Jurisdictions.Where(j => j.Code == "440304").Select(j => j.Id).SingleAsync());
        var first17 = "91440304MA" + creditSuffix;
        var name = $"福田{register}测试有限公司";
        var values = new Dictionary<string, string>
        {
            ["Common.CreditCode"] = first17 + CreditCode.CheckCharacter(first17), ["Common.EnterpriseName"] = name,
            ["Common.JurisdictionId"] = futian.ToString(CultureInfo.InvariantCulture), ["Common.Year"] = "2025",
        };
        foreach (var pair in fields.Split('|')) values[pair.Split('=')[0]] = pair.Split('=')[1];
        var page = await officer.SubmitAsync($"/staff/registers/{register}", "form#entry", values);
        Assert.True(page.QuerySelector("form#submit") is not null, page.MainText());
        var id = int.Parse(System.Web.HttpUtility.ParseQueryString(new Uri(page.Url).Query)["id"]!, CultureInfo.InvariantCulture);
        await officer.SubmitAsync(page, "form#submit");
        var lead = await StaffLogin.SignInAsync(factory, Crew.Lead);
        await lead.SubmitAsync($"/staff/registers/entry?register={register}&id={id}", "form#approve");
        var detail = await factory.CreateClient().GetPageAsync($"{publicPath}/{id}");
        Assert.Contains(name, detail.MainText());
        Assert.Equal("发布", detail.QuerySelector("#changes tbody tr td:nth-child(2)")!.TextContent.Trim());
    }
}
