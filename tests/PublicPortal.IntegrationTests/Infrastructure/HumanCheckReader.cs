using System.Globalization;
using System.Text.RegularExpressions;

namespace PublicPortal.IntegrationTests.Infrastructure;

/// <summary>Answers the human check's question as a person reads it, written independently of the portal's generator:
/// if the portal asked something a person could not answer from the text alone, this would fail.</summary>
public static partial class HumanCheckReader
{
    private const string Digits = "零一二三四五六七八九";
    private const string Weekdays = "一二三四五六日";

    public static string Answer(string question)
    {
        if (AdditionOrSubtraction().Match(question) is { Success: true } sum)
        {
            int a = Number(sum.Groups[1].Value), b = Number(sum.Groups[3].Value);
            return Text(sum.Groups[2].Value == "加" ? a + b : a - b);
        }
        if (Larger().Match(question) is { Success: true } larger)
            return Text(Math.Max(Number(larger.Groups[1].Value), Number(larger.Groups[2].Value)));
        if (Count().Match(question) is { Success: true } count)
            return Text(new StringInfo(count.Groups[1].Value).LengthInTextElements);
        if (Weekday().Match(question) is { Success: true } weekday)
        {
            var day = Weekdays.IndexOf(weekday.Groups[1].Value[0], StringComparison.Ordinal);
            return Weekdays[(day + (weekday.Groups[2].Value == "后" ? 1 : 6)) % 7].ToString();
        }
        throw new InvalidOperationException($"a question no person was prepared for: {question}");
    }

    /// <summary>三十八 → 38, 十五 → 15, 七 → 7.</summary>
    public static int Number(string chinese)
    {
        var ten = chinese.IndexOf('十', StringComparison.Ordinal);
        if (ten < 0) return Digit(chinese[0]);
        var tens = ten == 0 ? 1 : Digit(chinese[0]);
        return tens * 10 + (ten == chinese.Length - 1 ? 0 : Digit(chinese[ten + 1]));
    }

    private static int Digit(char c) => Digits.IndexOf(c, StringComparison.Ordinal) is >= 0 and var d
        ? d : throw new FormatException($"not a Chinese digit: {c}");

    private static string Text(int n) => n.ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex("^请计算：([零一二三四五六七八九十]+)(加|减)([零一二三四五六七八九十]+)等于多少？$")]
    private static partial Regex AdditionOrSubtraction();

    [GeneratedRegex("^([零一二三四五六七八九十]+)和([零一二三四五六七八九十]+)，哪个数更大？$")]
    private static partial Regex Larger();

    [GeneratedRegex("^“(\\p{IsCJKUnifiedIdeographs}+)”一共有几个汉字？$")]
    private static partial Regex Count();

    [GeneratedRegex("^星期([一二三四五六日])的(前|后)一天是星期几？$")]
    private static partial Regex Weekday();
}
