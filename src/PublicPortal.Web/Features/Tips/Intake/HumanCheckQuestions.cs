using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace PublicPortal.Web.Features.Tips.Intake;

/// <summary>One question of the no-JavaScript check: the text a person (or a screen reader) reads, a hint on how to write the
/// answer, whether the answer is a number (a phone then shows its number keypad), and every way of writing it that counts.</summary>
public sealed record HumanCheckQuestion(string Text, string Hint, bool Numeric, IReadOnlyList<string> Answers);

/// <summary>The kinds of question, so that one pattern-matching script does not answer them all.</summary>
public enum HumanCheckQuestionKind { Addition, Subtraction, Larger, CountCharacters, Weekday }

/// <summary>
/// Questions any reader of Chinese answers at a glance but that vary in kind and wording: two-digit sums and differences
/// written in Chinese numerals, the larger of two numbers, the number of characters in a familiar phrase, the day before or
/// after a weekday. Answers are accepted as Arabic digits (half or full width) or as the Chinese word.
/// </summary>
public static class HumanCheckQuestions
{
    private const string NumberHint = "请填写阿拉伯数字，例如 25。";
    private static readonly string[] Digits = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
    private static readonly string[] Weekdays = ["一", "二", "三", "四", "五", "六", "日"];
    // Phrases of the portal's own subject whose length a person sees at once; no punctuation, no Latin letters.
    private static readonly string[] Phrases =
        ["地条钢", "中频炉", "举报人", "广东省", "节能减排", "安全生产", "生态环境", "钢铁行业", "珠江三角洲", "淘汰落后产能",
            "粤港澳大湾区", "工业和信息化局"];

    public static HumanCheckQuestion Ask() =>
        Ask((HumanCheckQuestionKind)RandomNumberGenerator.GetInt32(Enum.GetValues<HumanCheckQuestionKind>().Length));

    public static HumanCheckQuestion Ask(HumanCheckQuestionKind kind) => kind switch
    {
        HumanCheckQuestionKind.Addition => Addition(),
        HumanCheckQuestionKind.Subtraction => Subtraction(),
        HumanCheckQuestionKind.Larger => Larger(),
        HumanCheckQuestionKind.CountCharacters => CountCharacters(),
        _ => Weekday(),
    };

    private static HumanCheckQuestion Addition()
    {
        int a = Next(11, 49), b = Next(11, 49);
        return Number($"请计算：{Chinese(a)}加{Chinese(b)}等于多少？", a + b);
    }

    private static HumanCheckQuestion Subtraction()
    {
        var a = Next(30, 99);
        var b = Next(11, a - 11);
        return Number($"请计算：{Chinese(a)}减{Chinese(b)}等于多少？", a - b);
    }

    /// <summary>Often the same digits swapped (三十八 or 八十三?), which a misreading gets wrong.</summary>
    private static HumanCheckQuestion Larger()
    {
        var a = Next(12, 98);
        var b = a % 10 != 0 && a % 11 != 0 && Next(0, 1) == 0 ? a % 10 * 10 + a / 10 : Other(a);
        return Number($"{Chinese(a)}和{Chinese(b)}，哪个数更大？", Math.Max(a, b));
    }

    private static HumanCheckQuestion CountCharacters()
    {
        var phrase = Phrases[Next(0, Phrases.Length - 1)];
        return Number($"“{phrase}”一共有几个汉字？", phrase.Length);
    }

    /// <summary>Answered as 四, 星期四, 周四, 礼拜四 or 4 (and 天 or 7 for Sunday).</summary>
    private static HumanCheckQuestion Weekday()
    {
        var day = Next(0, 6);
        var after = Next(0, 1) == 0;
        var answer = (day + (after ? 1 : 6)) % 7;
        var word = Weekdays[answer];
        List<string> answers = [word, "星期" + word, "周" + word, "礼拜" + word, (answer + 1).ToString(CultureInfo.InvariantCulture)];
        if (word == "日") answers.AddRange(["天", "星期天", "礼拜天", "周天"]);
        return new($"星期{Weekdays[day]}的{(after ? "后" : "前")}一天是星期几？",
            "请填写星期几，例如“五”或“星期五”（也可填阿拉伯数字，星期日填 7）。", false, answers);
    }

    /// <summary>What a person typed, as compared with the accepted answers: full-width digits (a Chinese input method's
    /// default) become ASCII, spaces and a final full stop go.</summary>
    public static string Normalize(string answer)
    {
        var text = answer.Normalize(NormalizationForm.FormKC);
        var kept = new StringBuilder(text.Length);
        foreach (var c in text)
            if (!char.IsWhiteSpace(c)) kept.Append(c);
        return kept.ToString().TrimEnd('。', '.');
    }

    /// <summary>1 to 99 in Chinese numerals as written in sentences: 十一, 二十, 三十八.</summary>
    public static string Chinese(int n) => n switch
    {
        < 10 => Digits[n],
        < 20 => "十" + (n % 10 == 0 ? "" : Digits[n % 10]),
        _ => Digits[n / 10] + "十" + (n % 10 == 0 ? "" : Digits[n % 10]),
    };

    private static HumanCheckQuestion Number(string text, int answer) =>
        new(text, NumberHint, true, [answer.ToString(CultureInfo.InvariantCulture), Chinese(answer)]);

    private static int Other(int a)
    {
        int b;
        do b = Next(12, 98); while (b == a);
        return b;
    }

    /// <summary>A number from <paramref name="min"/> to <paramref name="max"/>, both included.</summary>
    private static int Next(int min, int max) => RandomNumberGenerator.GetInt32(min, max + 1);
}
