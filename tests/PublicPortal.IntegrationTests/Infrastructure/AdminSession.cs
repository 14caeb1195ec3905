using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using PublicPortal.Web.Features.Audit;
using PublicPortal.Web.Features.Staff;

namespace PublicPortal.IntegrationTests.Infrastructure;

/// <summary>Helpers for the administration pages: a signed-in administrator, form posts that follow the redirect, and
/// the audit lines an action wrote.</summary>
public static class AdminSession
{
    /// <summary>A new administrator (two-factor enrolled), signed in through the real pages.</summary>
    public static async Task<HttpClient> SignInAdminAsync(PortalFactory factory)
    {
        var email = $"admin-{Guid.NewGuid():N}"[..14] + "@test.local";
        await StaffLogin.CreateAsync(factory, email, StaffRoles.Admin, null);
        return await StaffLogin.SignInAsync(factory, email);
    }

    /// <summary>GETs <paramref name="url"/>, fills the form <paramref name="formSelector"/> and submits it; returns the page
    /// the browser ends on (redirects followed).</summary>
    public static async Task<IHtmlDocument> SubmitAsync(this HttpClient client, string url, string formSelector,
        Dictionary<string, string>? values = null, string? buttonSelector = null)
    {
        var page = await client.GetPageAsync(url);
        return await client.SubmitAsync(page, formSelector, values, buttonSelector);
    }

    public static async Task<IHtmlDocument> SubmitAsync(this HttpClient client, IHtmlDocument page, string formSelector,
        Dictionary<string, string>? values = null, string? buttonSelector = null)
    {
        var form = page.QuerySelector(formSelector) as IHtmlFormElement;
        Assert.True(form is not null, $"{page.Url} has no form {formSelector}");
        var response = await client.SendAsync(form!, values ?? [], buttonSelector);
        return await HtmlHelpers.GetDocumentAsync(response);
    }

    /// <summary>The error shown beside a field, or null.</summary>
    public static string? FieldError(this IHtmlDocument page, string field) =>
        page.QuerySelector($"[data-valmsg-for='{field}'].field-validation-error")?.TextContent.Trim();

    public static string MainText(this IHtmlDocument page) => page.QuerySelector("main")!.NormalizedText();

    public static Task<List<AuditEntry>> AdminChangesAsync(this PortalFactory factory, string subjectPrefix) =>
        factory.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.Action == AuditActions.AdminChange && a.Subject!.StartsWith(subjectPrefix)).OrderBy(a => a.Id).ToListAsync());
}
