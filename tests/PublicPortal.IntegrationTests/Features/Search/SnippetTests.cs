using PublicPortal.Web.Features.Search;

namespace PublicPortal.IntegrationTests.Features.Search;

public class SnippetTests
{
    [Fact]
    public void Around_CutsTheTextAroundTheFirstMatch_IgnoringCase()
    {
        var text = new string('甲', 100) + "GB 16780-2012" + new string('乙', 100);
        var s = Snippet.Around(text, "gb 16780", radius: 10);
        Assert.Equal("…" + new string('甲', 10), s.Before);
        Assert.Equal("GB 16780", s.Match);
        Assert.Equal("-2012" + new string('乙', 5) + "…", s.After);
    }

    [Fact]
    public void Around_ReturnsTheStart_WhenTheKeywordIsNotInTheText()
    {
        var s = Snippet.Around("短文本\n  换行", "高炉");
        Assert.Equal(("短文本 换行", "", ""), (s.Before, s.Match, s.After));
    }
}
