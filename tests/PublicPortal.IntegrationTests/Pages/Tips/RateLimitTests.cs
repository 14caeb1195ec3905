using System.Net;
using AngleSharp.Html.Dom;
using PublicPortal.IntegrationTests.Infrastructure;

namespace PublicPortal.IntegrationTests.Pages.Tips;

/// <summary>Two POSTs a minute per client, for filing and for looking up alike.</summary>
public class StrictRateLimitFactory : PortalFactory
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["RateLimit:PostsPerMinute"] = "2", ["RateLimit:LookupsPerMinute"] = "2",
    };
}

/// <summary>The tip-off and look-up forms answer a third POST within the minute with 429 and a Chinese page. Each test
/// uses its own policy (TipIntakeRateLimits.Submit vs .Lookup) and its own factory, so the windows never overlap.</summary>
public class RateLimitTests : IDisposable
{
    private readonly StrictRateLimitFactory _factory = new();
    private readonly HttpClient _client;

    public RateLimitTests() => _client = _factory.CreateClient();

    public void Dispose()
    {
        _factory.Dispose();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task Post_Submit_Answers429InChinese_OnTheThirdPostWithinAMinute()
    {
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage last = null!;
        for (var i = 0; i < 3; i++)
        {
            var form = await TipForms.OpenAsync(_client);
            last = await TipForms.SubmitAsync(_client, form, TipForms.Valid());
            statuses.Add(last.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        var page = await HtmlHelpers.GetDocumentAsync(last);
        Assert.Contains("操作过于频繁", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("60", last.Headers.RetryAfter?.ToString());
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("/tips")).StatusCode); // reading is never limited
    }

    [Fact]
    public async Task Post_Lookup_Answers429InChinese_OnTheThirdLookupWithinAMinute()
    {
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage last = null!;
        for (var i = 0; i < 3; i++)
        {
            var page = await _client.GetPageAsync("/tips/track");
            last = await _client.SendAsync((IHtmlFormElement)page.QuerySelector("form#lookup")!, new Dictionary<string, string>
            {
                ["Lookup.TrackingNumber"] = "JB2026010100000000", ["Lookup.QueryCode"] = "ABCDEFGHJK",
            });
            statuses.Add(last.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.Contains("操作过于频繁", (await HtmlHelpers.GetDocumentAsync(last)).QuerySelector("h1")!.TextContent);
    }
}
