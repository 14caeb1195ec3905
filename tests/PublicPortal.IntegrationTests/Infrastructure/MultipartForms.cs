using System.Net.Http.Headers;
using AngleSharp.Html.Dom;

namespace PublicPortal.IntegrationTests.Infrastructure;

/// <summary>A file a test "chooses" in a file input.</summary>
public sealed record Upload(string FileName, byte[] Data, string ContentType = "application/octet-stream");

/// <summary>
/// Submits a multipart form with files, as a browser does: every successful control of the form (hidden fields and the
/// antiforgery token included) as a text part, and the chosen files as file parts of the form's file input.
/// </summary>
public static class MultipartForms
{
    public static Task<HttpResponseMessage> SendWithFilesAsync(this HttpClient client, IHtmlFormElement form,
        IEnumerable<KeyValuePair<string, string>> values, params Upload[] files)
    {
        HtmlHelpers.Fill(form, values);
        return client.PostAsync(form.Action, Content(form, files));
    }

    /// <summary>The request body for the form as it is filled now. A new body each call, so one form can be posted twice.</summary>
    public static MultipartFormDataContent Content(IHtmlFormElement form, IReadOnlyCollection<Upload> files)
    {
        var content = new MultipartFormDataContent();
        string? fileField = null;
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement { IsDisabled: false, Name.Length: > 0 } input:
                    switch (input.Type)
                    {
                        case "file": fileField ??= input.Name; break;
                        case "submit" or "button" or "reset" or "image": break;
                        case "checkbox" or "radio": if (input.IsChecked) content.Add(new StringContent(input.Value), input.Name!); break;
                        default: content.Add(new StringContent(input.Value), input.Name!); break;
                    }
                    break;
                case IHtmlTextAreaElement { IsDisabled: false, Name.Length: > 0 } textArea:
                    content.Add(new StringContent(textArea.Value), textArea.Name!);
                    break;
                case IHtmlSelectElement { IsDisabled: false, Name.Length: > 0 } select:
                    foreach (var option in select.Options.Where(o => o.IsSelected))
                        content.Add(new StringContent(option.Value), select.Name!);
                    break;
            }
        }
        if (files.Count > 0)
        {
            Assert.True(fileField is not null, "the form has no file input");
            foreach (var file in files)
            {
                var part = new ByteArrayContent(file.Data);
                part.Headers.ContentType = new MediaTypeHeaderValue(file.ContentType);
                content.Add(part, fileField!, file.FileName);
            }
        }
        return content;
    }
}
