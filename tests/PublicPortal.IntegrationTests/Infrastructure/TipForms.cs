using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using AngleSharp.Html.Dom;

namespace PublicPortal.IntegrationTests.Infrastructure;

/// <summary>The 我要举报 form as a person fills it: open it, answer the question, submit, read the receipt.</summary>
public static class TipForms
{
    public sealed record Receipt(string TrackingNumber, string QueryCode);

    /// <summary>A complete, valid anonymous tip-off about safety in 福田区; tests change what they are about.</summary>
    public static Dictionary<string, string> Valid(Action<Dictionary<string, string>>? change = null)
    {
        var values = new Dictionary<string, string>
        {
            ["Input.Category"] = "Safety",
            ["Input.Place"] = "440304",
            ["Input.EnterpriseName"] = "福田测试冶炼有限公司",
            ["Input.Description"] = "每晚十点后厂房内的中频炉仍在生产，门口有货车运出钢坯。",
            ["Input.Identity"] = "anonymous",
        };
        change?.Invoke(values);
        return values;
    }

    public static async Task<IHtmlFormElement> OpenAsync(HttpClient client, string url = "/tips")
    {
        var page = await client.GetPageAsync(url);
        return (IHtmlFormElement)page.QuerySelector("form#tip")!;
    }

    /// <summary>Reads the question (e.g. "请计算：二十三加十五等于多少？") off the form and returns the answer field, as a person
    /// without JavaScript would.</summary>
    public static KeyValuePair<string, string> Answer(IHtmlFormElement form) =>
        new("HumanCheck.Answer", HumanCheckReader.Answer(form.QuerySelector("label[for=human-check-answer]")!.TextContent.Trim()));

    /// <summary>What the browser's script posts instead of an answer: a number whose SHA-256 with the nonce starts with
    /// enough zero bits.</summary>
    public static KeyValuePair<string, string> Proof(IHtmlFormElement form)
    {
        var check = form.QuerySelector("fieldset.human-check")!;
        var bits = int.Parse(check.GetAttribute("data-bits")!, CultureInfo.InvariantCulture);
        return new("HumanCheck.Proof", Proof(check.GetAttribute("data-nonce")!, zeroBits => zeroBits >= bits));
    }

    /// <summary>The smallest counter whose SHA-256 with <paramref name="nonce"/> has a count of leading zero bits that
    /// <paramref name="wanted"/> accepts.</summary>
    public static string Proof(string nonce, Func<int, bool> wanted)
    {
        for (var candidate = 0L; ; candidate++)
        {
            var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{nonce}:{candidate}"));
            if (wanted(LeadingZeroBits(hash))) return candidate.ToString(CultureInfo.InvariantCulture);
        }
    }

    public static int LeadingZeroBits(byte[] hash)
    {
        var bits = 0;
        foreach (var b in hash)
        {
            if (b == 0) { bits += 8; continue; }
            return bits + System.Numerics.BitOperations.LeadingZeroCount((uint)b) - 24;
        }
        return bits;
    }

    /// <summary>Fills <paramref name="values"/> plus the challenge answer and posts the form with <paramref name="files"/>.</summary>
    public static Task<HttpResponseMessage> SubmitAsync(HttpClient client, IHtmlFormElement form, Dictionary<string, string> values,
        params Upload[] files) =>
        client.SendWithFilesAsync(form, values.Append(Answer(form)), files);

    /// <summary>Opens the form, submits a valid tip-off (with changes) and returns the receipt page.</summary>
    public static async Task<IHtmlDocument> SubmitValidAsync(HttpClient client, Action<Dictionary<string, string>>? change = null,
        params Upload[] files)
    {
        var form = await OpenAsync(client);
        var response = await SubmitAsync(client, form, Valid(change), files);
        var page = await HtmlHelpers.GetDocumentAsync(response);
        Assert.True(page.QuerySelector("#tracking-number") is not null,
            $"expected a receipt, got {(int)response.StatusCode}: {page.QuerySelector("main")?.NormalizedText()}");
        return page;
    }

    public static Receipt ReadReceipt(AngleSharp.Dom.IDocument page) => new(
        page.QuerySelector("#tracking-number")!.TextContent.Trim(), page.QuerySelector("#query-code")!.TextContent.Trim());

    /// <summary>The Chinese message shown next to a field (or the human check), or "" when there is none.</summary>
    public static string ErrorFor(AngleSharp.Dom.IDocument page, string field) =>
        page.QuerySelector($"[data-valmsg-for='{field}']")?.TextContent.Trim() ?? "";

    /// <summary>Looks a tip-off up on /tips/track with its receipt; the follow-up page (after the redirect) is returned.</summary>
    public static async Task<IHtmlDocument> LookUpAsync(HttpClient client, Receipt receipt)
    {
        var page = await client.GetPageAsync("/tips/track");
        var response = await client.SendAsync((IHtmlFormElement)page.QuerySelector("form#lookup")!, new Dictionary<string, string>
        {
            ["Lookup.TrackingNumber"] = receipt.TrackingNumber, ["Lookup.QueryCode"] = receipt.QueryCode,
        });
        return await HtmlHelpers.GetDocumentAsync(response);
    }
}
