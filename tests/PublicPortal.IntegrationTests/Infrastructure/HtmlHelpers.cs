using System.Net;
using System.Net.Http.Headers;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Io;

namespace PublicPortal.IntegrationTests.Infrastructure;

/// <summary>Parses responses with AngleSharp and submits real forms (antiforgery token included), after the official
/// ASP.NET Core integration-test sample, extended to textarea and select.</summary>
public static class HtmlHelpers
{
    public static async Task<IHtmlDocument> GetDocumentAsync(HttpResponseMessage response)
    {
        var content = await response.Content.ReadAsStringAsync();
        var context = BrowsingContext.New();
        var document = await context.OpenAsync(ResponseFactory, CancellationToken.None);
        return (IHtmlDocument)document;

        void ResponseFactory(VirtualResponse htmlResponse)
        {
            htmlResponse.Address(response.RequestMessage!.RequestUri).Status(response.StatusCode);
            MapHeaders(response.Headers);
            MapHeaders(response.Content.Headers);
            htmlResponse.Content(content);

            void MapHeaders(HttpHeaders headers)
            {
                foreach (var header in headers)
                    foreach (var value in header.Value)
                        htmlResponse.Header(header.Key, value);
            }
        }
    }

    /// <summary>GETs a page, asserts the status, and returns the parsed document.</summary>
    public static async Task<IHtmlDocument> GetPageAsync(this HttpClient client, string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await client.GetAsync(url);
        Assert.True(expected == response.StatusCode, $"GET {url}: expected {(int)expected}, got {(int)response.StatusCode}");
        return await GetDocumentAsync(response);
    }

    /// <summary>Sets form fields as a person would: text, textarea, select, and the checked one of a radio or checkbox group.</summary>
    public static void Fill(IHtmlFormElement form, IEnumerable<KeyValuePair<string, string>> values)
    {
        foreach (var (name, value) in values)
        {
            switch (form[name])
            {
                case IHtmlInputElement input when input.Type is "checkbox" or "radio":
                    foreach (var option in form.Elements.OfType<IHtmlInputElement>().Where(i => i.Name == name))
                        option.IsChecked = option.Value == value;
                    break;
                case IHtmlInputElement input:
                    input.Value = value;
                    break;
                case IHtmlTextAreaElement textArea:
                    textArea.Value = value;
                    break;
                case IHtmlSelectElement select:
                    select.Value = value;
                    break;
                default:
                    // Radio groups are a collection in AngleSharp's form indexer.
                    var radios = form.Elements.OfType<IHtmlInputElement>().Where(i => i.Name == name).ToList();
                    Assert.True(radios.Count > 0, $"form has no field named {name}");
                    foreach (var radio in radios) radio.IsChecked = radio.Value == value;
                    break;
            }
        }
    }

    public static Task<HttpResponseMessage> SendAsync(this HttpClient client, IHtmlFormElement form,
        IEnumerable<KeyValuePair<string, string>> values, string? submitButtonSelector = null)
    {
        Fill(form, values);
        var submit = submitButtonSelector is null
            ? form.QuerySelector("button[type=submit], input[type=submit], button:not([type])")
            : form.QuerySelector(submitButtonSelector);
        var request = submit is IHtmlElement button ? form.GetSubmission(button)! : form.GetSubmission()!;
        var target = (Uri)request.Target;
        var message = new HttpRequestMessage(new System.Net.Http.HttpMethod(request.Method.ToString().ToUpperInvariant()), target);
        if (request.Method == AngleSharp.Io.HttpMethod.Post)
        {
            var body = request.Body;
            var content = new StreamContent(body);
            foreach (var header in request.Headers)
                content.Headers.TryAddWithoutValidation(header.Key, header.Value);
            message.Content = content;
        }
        return client.SendAsync(message);
    }

    public static Task<HttpResponseMessage> SendAsync(this HttpClient client, IHtmlFormElement form,
        IDictionary<string, string>? values = null) =>
        client.SendAsync(form, (IEnumerable<KeyValuePair<string, string>>)(values ?? new Dictionary<string, string>()));

    /// <summary>The trimmed text of every element matching <paramref name="selector"/>.</summary>
    public static IReadOnlyList<string> Texts(this IParentNode node, string selector) =>
        node.QuerySelectorAll(selector).Select(e => e.TextContent.Trim()).ToList();

    /// <summary>Text content with runs of whitespace collapsed, for "the page says X" assertions.</summary>
    public static string NormalizedText(this IElement element) =>
        System.Text.RegularExpressions.Regex.Replace(element.TextContent, @"\s+", " ").Trim();
}

