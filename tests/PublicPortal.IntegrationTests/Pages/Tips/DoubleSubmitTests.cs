using Microsoft.EntityFrameworkCore;
using PublicPortal.IntegrationTests.Builders;
using PublicPortal.IntegrationTests.Infrastructure;

namespace PublicPortal.IntegrationTests.Pages.Tips;

/// <summary>A double click, a retried POST or two racing requests with the same form (same Seed) file one tip-off and
/// show the same receipt. One factory per test: each counts the rows.</summary>
public class DoubleSubmitTests : IDisposable
{
    private readonly PortalFactory _factory = new();
    private readonly HttpClient _client;

    public DoubleSubmitTests() => _client = _factory.CreateClient();

    public void Dispose()
    {
        _factory.Dispose();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task Post_Submit_Twice_FilesOneTip_AndShowsTheSameReceipt()
    {
        var form = await TipForms.OpenAsync(_client);
        HtmlHelpers.Fill(form, TipForms.Valid().Append(TipForms.Answer(form)));

        var first = await ReceiptAsync(await _client.PostAsync(form.Action, MultipartForms.Content(form, [TestFiles.Photo()])));
        var second = await ReceiptAsync(await _client.PostAsync(form.Action, MultipartForms.Content(form, [TestFiles.Photo()])));

        Assert.Equal(first, second);
        await AssertOneTipAsync();
    }

    [Fact]
    public async Task Post_Submit_ConcurrentlyTwice_FilesOneTip()
    {
        var form = await TipForms.OpenAsync(_client);
        HtmlHelpers.Fill(form, TipForms.Valid().Append(TipForms.Answer(form)));

        var responses = await Task.WhenAll(
            _client.PostAsync(form.Action, MultipartForms.Content(form, [TestFiles.Photo()])),
            _client.PostAsync(form.Action, MultipartForms.Content(form, [TestFiles.Photo()])));

        var receipts = await Task.WhenAll(responses.Select(ReceiptAsync));
        Assert.Equal(receipts[0], receipts[1]);
        await AssertOneTipAsync();
    }

    private static async Task<TipForms.Receipt> ReceiptAsync(HttpResponseMessage response)
    {
        var page = await HtmlHelpers.GetDocumentAsync(response);
        Assert.True(page.QuerySelector("#tracking-number") is not null,
            $"no receipt ({(int)response.StatusCode}): {page.QuerySelector("main")?.NormalizedText()}");
        return TipForms.ReadReceipt(page);
    }

    private async Task AssertOneTipAsync()
    {
        Assert.Equal(1, await _factory.WithDbAsync(db => db.Tips.CountAsync()));
        Assert.Equal(1, await _factory.WithDbAsync(db => db.TipAttachments.CountAsync()));
    }
}
