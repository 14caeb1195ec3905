using PublicPortal.Web.Features.Reference;

namespace PublicPortal.Tests.Features.Reference;

public class CreditCodeTests
{
    // Public codes: the worked example of GB 32100-2015, and four companies' codes as printed on their business
    // licences (check characters recomputed by hand: a digit, two letters, and the W of an MA-series code).
    [Theory]
    [InlineData("91350100M000100Y43")] // GB 32100-2015 example
    [InlineData("914403001922038216")] // a Shenzhen company registered before 2015 (old registration number inside)
    [InlineData("91440300708461136T")] // a Shenzhen company, letter check character
    [InlineData("91110108551385082Q")] // a Beijing company, letter check character
    [InlineData("91440300MA5DA1U3XW")] // 深圳 MA-series code (format of codes issued since 2015), check character W
    public void IsValid_AcceptsCodesWithCorrectCheckCharacter(string code) => Assert.True(CreditCode.IsValid(code));

    [Theory]
    [InlineData("91350100M000100Y44")] // check character off by one
    [InlineData("91350100M000100Y4A")]
    [InlineData("914403001922038217")]
    [InlineData("91440300708461136Q")]
    [InlineData("91350100M000010Y43")] // two body characters transposed
    public void IsValid_RejectsWrongCheckCharacter(string code) => Assert.False(CreditCode.IsValid(code));

    [Theory]
    [InlineData('I')]
    [InlineData('O')]
    [InlineData('S')]
    [InlineData('V')]
    [InlineData('Z')]
    public void IsValid_RejectsForbiddenLetters(char letter)
    {
        // Put the letter in the body and recompute nothing: even a matching check character cannot make it valid,
        // because the letter has no value in the GB 32100 alphabet.
        var body = "91350100M000100Y4".Remove(8, 1).Insert(8, letter.ToString());
        Assert.False(CreditCode.IsValid(body + "3"));
        Assert.All("0123456789ABCDEFGHJKLMNPQRTUWXY", check => Assert.False(CreditCode.IsValid(body + check)));
        Assert.Throws<ArgumentException>(() => CreditCode.CheckCharacter(body));
        // …and as the check character itself.
        Assert.False(CreditCode.IsValid("91350100M000100Y4" + letter));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("91350100M000100Y4")]    // 17
    [InlineData("91350100M000100Y433")]  // 19
    [InlineData(" 91350100M000100Y43")]  // 19 with the space: IsValid does not trim, Normalize does
    public void IsValid_RejectsWrongLength(string? code) => Assert.False(CreditCode.IsValid(code));

    [Fact]
    public void IsValid_IsCaseSensitive_NormalizeUpperCases()
    {
        Assert.False(CreditCode.IsValid("91350100m000100y43"));
        Assert.Equal("91350100M000100Y43", CreditCode.Normalize("91350100m000100y43"));
        Assert.True(CreditCode.IsValid(CreditCode.Normalize("  91440300ma5da1u3xw\t")));
    }

    [Fact]
    public void Normalize_ConvertsFullWidthDigitsAndLetters()
    {
        // As typed with a Chinese IME in full-width mode.
        const string fullWidth = "９１３５０１００Ｍ０００１００Ｙ４３";
        Assert.False(CreditCode.IsValid(fullWidth));
        Assert.Equal("91350100M000100Y43", CreditCode.Normalize(fullWidth));
        Assert.Equal("91440300MA5DA1U3XW", CreditCode.Normalize("９１４４０３００ｍａ５ｄａ１ｕ３ｘｗ"));
        Assert.Equal("", CreditCode.Normalize(null));
    }

    [Fact]
    public void CheckCharacter_CoversZeroAndTheLastLetter()
    {
        // Sum ≡ 0 (mod 31) must give '0', not index 31; brute-force one body of each kind from a fixed prefix.
        var alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        var seen = new HashSet<char>();
        foreach (var a in alphabet)
            foreach (var b in alphabet)
                seen.Add(CreditCode.CheckCharacter($"914403000000000{a}{b}"));
        Assert.Equal(alphabet.Order(), seen.Order());
        Assert.Throws<ArgumentException>(() => CreditCode.CheckCharacter("9144030000000000"));
    }
}
