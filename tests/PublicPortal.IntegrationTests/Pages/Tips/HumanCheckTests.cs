using System.Globalization;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PublicPortal.IntegrationTests.Infrastructure;

namespace PublicPortal.IntegrationTests.Pages.Tips;

/// <summary>The self-hosted check: a browser's proof of work or a person's answer passes; an expired, garbled or
/// already used token does not.</summary>
public class HumanCheckTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Get_Submit_CspAllowsNoThirdPartyHost_InSelfHostedMode()
    {
        var response = await _client.GetAsync("/tips");
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self';", csp);
        Assert.DoesNotContain("recaptcha", csp);
    }

    [Fact]
    public async Task Post_Submit_Passes_WithProofOfWorkAndNoAnswer_AtTheDefaultDifficulty()
    {
        var form = await TipForms.OpenAsync(_client);
        Assert.Equal("17", form.QuerySelector("fieldset.human-check")!.GetAttribute("data-bits"));
        var page = await HtmlHelpers.GetDocumentAsync(
            await _client.SendWithFilesAsync(form, TipForms.Valid().Append(TipForms.Proof(form))));

        Assert.NotNull(page.QuerySelector("#tracking-number"));
    }

    [Fact]
    public async Task Post_Submit_Fails_WhenProofDoesNotReachTheDifficulty()
    {
        var form = await TipForms.OpenAsync(_client);
        var proof = long.Parse(TipForms.Proof(form).Value, CultureInfo.InvariantCulture);
        var smaller = proof == 0 ? 1 : proof - 1; // the proof found is the smallest valid one
        var page = await HtmlHelpers.GetDocumentAsync(await _client.SendWithFilesAsync(form,
            TipForms.Valid().Append(new("HumanCheck.Proof", smaller.ToString(CultureInfo.InvariantCulture)))));

        Assert.Equal("人机验证答案不正确，请回答新的验证问题后重新提交。", TipForms.ErrorFor(page, "HumanCheck"));
    }

    [Fact]
    public async Task Post_Submit_Fails_WhenTokenIsGarbled()
    {
        var form = await TipForms.OpenAsync(_client);
        var answer = TipForms.Answer(form);
        var page = await HtmlHelpers.GetDocumentAsync(await _client.SendWithFilesAsync(form,
            TipForms.Valid().Append(answer).Append(new("HumanCheck.Token", "CfDJ8garbled-token"))));

        Assert.Equal("人机验证已过期，请回答新的验证问题后重新提交。", TipForms.ErrorFor(page, "HumanCheck"));
        Assert.Null(page.QuerySelector("#tracking-number"));
    }

    [Fact]
    public async Task Post_Submit_Fails_WhenTokenHasExpired()
    {
        var form = await TipForms.OpenAsync(_client);
        factory.Clock.Advance(TimeSpan.FromMinutes(31));
        var page = await HtmlHelpers.GetDocumentAsync(await TipForms.SubmitAsync(_client, form, TipForms.Valid()));

        Assert.Equal("人机验证已过期，请回答新的验证问题后重新提交。", TipForms.ErrorFor(page, "HumanCheck"));
        Assert.Null(page.QuerySelector("#tracking-number"));
        // A fresh form, issued at the new time, passes again.
        var fresh = await TipForms.SubmitAsync(_client, await TipForms.OpenAsync(_client), TipForms.Valid());
        Assert.NotNull((await HtmlHelpers.GetDocumentAsync(fresh)).QuerySelector("#tracking-number"));
    }

    [Fact]
    public async Task Post_Submit_Fails_WhenAUsedTokenComesWithANewSubmission()
    {
        var first = await TipForms.OpenAsync(_client);
        var token = ((IHtmlInputElement)first.QuerySelector("[name='HumanCheck.Token']")!).Value;
        var answer = TipForms.Answer(first);
        Assert.NotNull((await HtmlHelpers.GetDocumentAsync(await _client.SendWithFilesAsync(first, TipForms.Valid().Append(answer))))
            .QuerySelector("#tracking-number"));

        var second = await TipForms.OpenAsync(_client); // a new Seed: a different submission
        var description = "另一件举报：夜间有大量废钢运入厂区。";
        var page = await HtmlHelpers.GetDocumentAsync(await _client.SendWithFilesAsync(second,
            TipForms.Valid(v => v["Input.Description"] = description).Append(answer).Append(new("HumanCheck.Token", token))));

        Assert.Equal("该验证已使用过，请回答新的验证问题后重新提交。", TipForms.ErrorFor(page, "HumanCheck"));
        Assert.Null(page.QuerySelector("#tracking-number"));
        var protector = factory.Services.GetRequiredService<PublicPortal.Web.Infrastructure.PersonalDataProtector>();
        var descriptions = await factory.WithDbAsync(db => db.Tips.Select(t => t.DescriptionCipher).ToListAsync());
        Assert.DoesNotContain(description, descriptions.Select(protector.Unprotect));
    }
}

/// <summary>A deployment that raises the difficulty: the form asks for it, and a proof that would have passed at the default
/// no longer does.</summary>
public class HumanCheckDifficultyTests : IClassFixture<HumanCheckDifficultyTests.HardFactory>
{
    public sealed class HardFactory : PortalFactory
    {
        protected override IReadOnlyDictionary<string, string?> Settings =>
            new Dictionary<string, string?> { ["HumanCheck:ProofOfWorkBits"] = "19" };
    }

    private readonly HttpClient _client;

    public HumanCheckDifficultyTests(HardFactory factory) => _client = factory.CreateClient();

    [Fact]
    public async Task Post_Submit_RefusesAProofBelowTheConfiguredBits_AndAcceptsOneThatReachesThem()
    {
        var form = await TipForms.OpenAsync(_client);
        Assert.Equal("19", form.QuerySelector("fieldset.human-check")!.GetAttribute("data-bits"));
        var nonce = form.QuerySelector("fieldset.human-check")!.GetAttribute("data-nonce")!;
        var weak = TipForms.Proof(nonce, bits => bits is >= 17 and < 19); // enough at the default
        var page = await HtmlHelpers.GetDocumentAsync(await _client.SendWithFilesAsync(form,
            TipForms.Valid().Append(new("HumanCheck.Proof", weak))));
        Assert.Equal("人机验证答案不正确，请回答新的验证问题后重新提交。", TipForms.ErrorFor(page, "HumanCheck"));

        var retry = (IHtmlFormElement)page.QuerySelector("form#tip")!; // re-rendered with a new challenge
        var receipt = await HtmlHelpers.GetDocumentAsync(await _client.SendWithFilesAsync(retry,
            TipForms.Valid().Append(TipForms.Proof(retry))));
        Assert.NotNull(receipt.QuerySelector("#tracking-number"));
    }
}
