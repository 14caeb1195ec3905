using PublicPortal.Web.Infrastructure;

namespace PublicPortal.Tests.Infrastructure;

public class SearchKeywordTests
{
    [Theory]
    [InlineData("  第77号 ", "第77号")]
    [InlineData("x\0y", "x y")]          // PostgreSQL refuses NUL in text: it must never reach a query
    [InlineData("钢铁\r\n水泥", "钢铁  水泥")]
    [InlineData("\0\t\n", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void Clamp_TurnsControlCharactersIntoSpaces_AndTrims(string? input, string? expected) =>
        Assert.Equal(expected, SearchKeyword.Clamp(input));

    [Fact]
    public void Clamp_CutsAPastedNovelToTheLimit() =>
        Assert.Equal(SearchKeyword.MaxLength, SearchKeyword.Clamp(new string('钢', 10_000))!.Length);
}
