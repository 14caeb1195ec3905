using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using Microsoft.Extensions.Time.Testing;
using PublicPortal.IntegrationTests.Infrastructure;
using PublicPortal.Web.Features.Tips.Intake;

namespace PublicPortal.IntegrationTests.Features.Tips.Intake;

/// <summary>The no-JavaScript question (every kind answerable from its text, the answer checked in the ways a person writes
/// it) and the proof of work's difficulty, on the check itself without a server.</summary>
public partial class HumanCheckQuestionsTests
{
    private readonly SwitchableOptions<HumanCheckOptions> _options = new(new HumanCheckOptions());
    private readonly SelfHostedHumanCheck _check;

    public HumanCheckQuestionsTests() => _check = new SelfHostedHumanCheck(new EphemeralDataProtectionProvider(),
        new MemoryDistributedCache(Options.Create(new MemoryDistributedCacheOptions())),
        _options, new FakeTimeProvider(DateTimeOffset.Parse("2026-06-10T02:00:00Z",
            CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData(HumanCheckQuestionKind.Addition)]
    [InlineData(HumanCheckQuestionKind.Subtraction)]
    [InlineData(HumanCheckQuestionKind.Larger)]
    [InlineData(HumanCheckQuestionKind.CountCharacters)]
    [InlineData(HumanCheckQuestionKind.Weekday)]
    public void EveryQuestionOfAKind_IsAnsweredByReadingIt_AndOnlyByItsAnswer(HumanCheckQuestionKind kind)
    {
        for (var i = 0; i < 300; i++)
        {
            var question = HumanCheckQuestions.Ask(kind);
            var answer = HumanCheckReader.Answer(question.Text);

            Assert.Contains(answer, question.Answers);
            Assert.False(string.IsNullOrWhiteSpace(question.Hint));
            if (question.Numeric)
            {
                var number = int.Parse(answer, CultureInfo.InvariantCulture);
                Assert.InRange(number, 1, 99);
                Assert.DoesNotContain((number + 1).ToString(CultureInfo.InvariantCulture), question.Answers);
                Assert.DoesNotContain((number - 1).ToString(CultureInfo.InvariantCulture), question.Answers);
            }
            else
            {
                // Every accepted answer names the same day: 四, 星期四, 周四, 礼拜四, 4 (and 天, 7 for 日).
                Assert.Equal(HumanCheckQuestionKind.Weekday, kind);
                var day = ("一二三四五六日".IndexOf(answer[0], StringComparison.Ordinal) + 1).ToString(CultureInfo.InvariantCulture);
                string[] same = answer == "日" ? ["日", "天", day] : [answer, day];
                Assert.All(question.Answers, a => Assert.Contains(WeekdayPrefix().Replace(a, ""), same));
            }
        }
    }

    [Fact]
    public void Ask_VariesTheKind()
    {
        var texts = Enumerable.Range(0, 300).Select(_ => HumanCheckQuestions.Ask().Text).ToList();

        foreach (var marker in new[] { "加", "减", "更大", "汉字", "星期" })
            Assert.Contains(texts, t => t.Contains(marker, StringComparison.Ordinal));
        Assert.True(texts.Distinct().Count() > 150, "the questions repeat too often");
    }

    [Theory]
    [InlineData(10, "十")]
    [InlineData(11, "十一")]
    [InlineData(20, "二十")]
    [InlineData(38, "三十八")]
    [InlineData(99, "九十九")]
    public void Chinese_WritesNumbersAsInASentence(int number, string expected) =>
        Assert.Equal(expected, HumanCheckQuestions.Chinese(number));

    [Theory]
    [InlineData("", "")]
    [InlineData(" 38 ", "38")]
    [InlineData("３８", "38")]
    [InlineData("星期 四。", "星期四")]
    public void Normalize_AcceptsWhatAChineseInputMethodTypes(string typed, string expected) =>
        Assert.Equal(expected, HumanCheckQuestions.Normalize(typed));

    [Fact]
    public async Task Verify_AcceptsTheAnswerAsDigitsFullWidthDigitsOrTheChineseWord_AndRefusesAWrongOne()
    {
        for (var i = 0; i < 40; i++)
        {
            var challenge = _check.Issue();
            var answer = HumanCheckReader.Answer(challenge.Question);
            var written = int.TryParse(answer, out var n)
                ? [answer, string.Concat(answer.Select(c => (char)(c - '0' + '０'))), HumanCheckQuestions.Chinese(n)]
                : new[] { answer, "星期" + answer, "周" + answer };
            foreach (var form in written)
                Assert.Null(await _check.VerifyAsync(Form(challenge, answer: form), CancellationToken.None));
            Assert.Equal("人机验证答案不正确，请回答新的验证问题后重新提交。",
                await _check.VerifyAsync(Form(challenge, answer: "0"), CancellationToken.None));
        }
    }

    [Fact]
    public async Task Verify_RefusesAProofWithFewerZeroBitsThanConfigured()
    {
        _options.CurrentValue = new HumanCheckOptions { ProofOfWorkBits = 12 };
        var challenge = _check.Issue();
        Assert.Equal(12, challenge.Bits);
        var weak = TipForms.Proof(challenge.Nonce, bits => bits is >= 8 and < 12);
        var strong = TipForms.Proof(challenge.Nonce, bits => bits >= 12);

        Assert.Equal("人机验证答案不正确，请回答新的验证问题后重新提交。",
            await _check.VerifyAsync(Form(challenge, proof: weak), CancellationToken.None));
        Assert.Null(await _check.VerifyAsync(Form(challenge, proof: strong), CancellationToken.None));
        _options.CurrentValue = new HumanCheckOptions { ProofOfWorkBits = 8 }; // the same weak proof, at a lower setting
        Assert.Null(await _check.VerifyAsync(Form(challenge, proof: weak), CancellationToken.None));
    }

    [Fact]
    public void Default_IsSeventeenBits() =>
        Assert.Equal(17, new HumanCheckOptions().ProofOfWorkBits);

    private static FormCollection Form(HumanCheckChallenge challenge, string answer = "", string proof = "") =>
        new(new Dictionary<string, StringValues>
        {
            [SelfHostedHumanCheck.TokenField] = challenge.Token,
            [SelfHostedHumanCheck.AnswerField] = answer,
            [SelfHostedHumanCheck.ProofField] = proof,
        });

    [GeneratedRegex("^(星期|周|礼拜)")]
    private static partial Regex WeekdayPrefix();
}
