using System.Net;
using Microsoft.EntityFrameworkCore;
using PublicPortal.IntegrationTests.Infrastructure;
using PublicPortal.Web.Features.Staff;

namespace PublicPortal.IntegrationTests.Nodes;

/// <summary>
/// What Data Protection protects (antiforgery tokens, the human check's token, the staff sign-in cookie, the tracking
/// cookie) is made by one node and read by the other: the key ring is in the shared database, and nodes that start
/// together on an empty key table agree on one key.
/// </summary>
public class NodeCookiesTests
{
    [Fact]
    public async Task FormFromA_PostsOnB_AndTheReceiptLooksUpOnEitherNode()
    {
        var prefix = Node.NewPrefix();
        using var a = new Node(prefix);
        using var b = new Node(prefix, sameDataAs: a);
        await Node.ConnectedAsync(a, b);
        var cookies = new CookieContainer();
        var onA = a.Client(cookies);
        var onB = b.Client(cookies);

        var form = await TipForms.OpenAsync(onA); // antiforgery cookie and token, human-check token: all made by A
        var receipt = TipForms.ReadReceipt(await HtmlHelpers.GetDocumentAsync(await TipForms.SubmitAsync(onB, form, TipForms.Valid())));

        var followUp = await TipForms.LookUpAsync(onB, receipt); // looked up on B, which sets the tracking cookie
        Assert.Contains(receipt.TrackingNumber, followUp.Body!.TextContent);
        var again = await onA.GetPageAsync("/tips/track"); // A reads B's tracking cookie
        Assert.Contains(receipt.TrackingNumber, again.Body!.TextContent);
    }

    [Fact]
    public async Task StaffSignedInOnA_IsSignedInOnB()
    {
        var prefix = Node.NewPrefix();
        using var a = new Node(prefix);
        using var b = new Node(prefix, sameDataAs: a);
        await Node.ConnectedAsync(a, b);
        await StaffLogin.CreateAsync(a, "two-nodes@test.local", StaffRoles.Officer, "440300-yjglj");
        var cookies = new CookieContainer();
        await StaffLogin.SignInAsync(a, "two-nodes@test.local", cookies: cookies);

        var page = await b.Client(cookies).GetPageAsync("/staff");
        Assert.Null(page.QuerySelector("form#signin"));
        Assert.Contains("two-nodes", page.Body!.TextContent);
    }

    [Fact]
    public async Task TwoNodesStartingTogether_OnAnEmptyKeyTable_MakeOneKey_AndReadEachOthersForms()
    {
        var prefix = Node.NewPrefix();
        using var holder = new Node(prefix); // creates, migrates and seeds the database; then its key is deleted
        await holder.WithDbAsync(db => db.DataProtectionKeys.ExecuteDeleteAsync());
        using var a = new Node(prefix, sameDataAs: holder);
        using var b = new Node(prefix, sameDataAs: holder);

        // Both start, and their first visitors arrive, at once; each visitor then posts through the other node.
        CookieContainer first = new(), second = new();
        var forms = await Task.WhenAll(Task.Run(() => TipForms.OpenAsync(a.Client(first))),
            Task.Run(() => TipForms.OpenAsync(b.Client(second))));

        Assert.Equal(1, await a.WithDbAsync(db => db.DataProtectionKeys.CountAsync()));
        var page = await HtmlHelpers.GetDocumentAsync(await TipForms.SubmitAsync(b.Client(first), forms[0], TipForms.Valid()));
        Assert.NotNull(page.QuerySelector("#tracking-number"));
        page = await HtmlHelpers.GetDocumentAsync(await TipForms.SubmitAsync(a.Client(second), forms[1], TipForms.Valid()));
        Assert.NotNull(page.QuerySelector("#tracking-number"));
    }
}
