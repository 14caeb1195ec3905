using PublicPortal.Web.Data;
using PublicPortal.Web.Features.Content;
using PublicPortal.Web.Features.Enterprises;
using PublicPortal.Web.Features.Feeds;
using PublicPortal.Web.Features.Imports;
using PublicPortal.Web.Features.Mail;
using PublicPortal.Web.Features.Notices;
using PublicPortal.Web.Features.Open311;
using PublicPortal.Web.Features.OpenData;
using PublicPortal.Web.Features.Publishing;
using PublicPortal.Web.Features.Reference;
using PublicPortal.Web.Features.Registers;
using PublicPortal.Web.Features.Requirements;
using PublicPortal.Web.Features.SampleData;
using PublicPortal.Web.Features.Search;
using PublicPortal.Web.Features.Staff;
using PublicPortal.Web.Features.Stats;
using PublicPortal.Web.Features.Tips;
using PublicPortal.Web.Features.Tips.Handling;
using PublicPortal.Web.Features.Tips.Intake;
using PublicPortal.Web.Infrastructure;

// Published output carries content/ and wwwroot/ beside the dll; make that folder the content root so the app runs
// from any working directory (IIS, systemd). Under `dotnet run` both are found at the repository root instead.
var publishedRoot = Directory.Exists(Path.Combine(AppContext.BaseDirectory, "content")) ? AppContext.BaseDirectory : null;
var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = args,
    ContentRootPath = publishedRoot,
    WebRootPath = ContentServiceCollectionExtensions.ResolveFolder(null, "wwwroot", publishedRoot ?? Directory.GetCurrentDirectory()),
});

// Cross-cutting parts first, then one line per feature; each feature registers its own services, options, workers
// and rate-limit policies (see its *ServiceCollectionExtensions.cs).
builder.Services.AddPortalData(builder.Configuration, builder.Environment.ContentRootPath);
builder.Services.AddPortalHealth();
builder.Services.AddPortalWeb(builder.Configuration);
builder.Services.AddPortalSharedState(builder.Configuration); // Redis when configured, else this process
builder.Services.AddPortalForwardedHeaders(builder.Configuration);
builder.Services.AddPersonalDataProtection();
builder.Services.AddPortalRateLimiting();
builder.Services.AddContent(builder.Configuration, builder.Environment.ContentRootPath);
builder.Services.AddReference();
builder.Services.AddRegisters();
builder.Services.AddSampleData();
builder.Services.AddEnterprises();
builder.Services.AddRequirements();
builder.Services.AddSearch();
builder.Services.AddPublishing();
builder.Services.AddImports();
builder.Services.AddFeeds();
builder.Services.AddOpenData();
builder.Services.AddStaff();
builder.Services.AddMail();
builder.Services.AddNotices();
builder.Services.AddTips();
builder.Services.AddTipIntake();
builder.Services.AddTipHandling();
builder.Services.AddOpen311();
builder.Services.AddStats();

var app = builder.Build();

// Behind nginx the client address comes from X-Forwarded-For (rate limits are per client), believed only from the
// proxies configured in ForwardedHeaders:KnownProxies / KnownNetworks (none by default).
app.UsePortalForwardedHeaders();

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/error");
    app.UseHsts();
}
app.UseStatusCodePagesWithReExecute("/error/{0}");
app.UseKeyMissingPage();
app.UseDatabaseUnavailablePage();
app.UseLowercaseStaffPrefix();
app.UseSecurityHeaders();
app.UsePrivateResponses();
app.UseStaticFiles(new StaticFileOptions
{
    OnPrepareResponse = ctx => ctx.Context.Response.Headers.CacheControl = "public, max-age=604800",
});
app.UseRouting();
app.UseAuthentication();
app.UseAuthorization();
app.UseRateLimiter();
app.UseOutputCache();
app.MapElderMode();
app.MapRazorPages();
app.MapTipIntake();
app.MapFeeds();
app.MapOpen311();
app.MapOpenData();
app.MapPortalHealth();

await app.PrepareAsync();
if (CreateAdminCommand.Matches(args))
{
    Environment.ExitCode = await CreateAdminCommand.RunAsync(app.Services, args);
    return;
}
if (KeyProtectionCommand.Matches(args))
{
    Environment.ExitCode = await KeyProtectionCommand.RunAsync(app.Services);
    return;
}
app.Run();
