using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;
using PublicPortal.IntegrationTests.Builders;
using PublicPortal.IntegrationTests.Infrastructure;
using PublicPortal.Web.Features.Mail;
using PublicPortal.Web.Features.Tips;
using PublicPortal.Web.Infrastructure;

namespace PublicPortal.IntegrationTests.Features.Tips.Intake;

/// <summary>
/// The portal on a SQLite file (on PostgreSQL: its own database), every request coming from <see cref="ClientIp"/>, and
/// mail pointed at a closed port, so the citizen's notice waits (encrypted) in the outbox and the worker's error path runs.
/// </summary>
public class AtRestFactory : PortalFactory
{
    public const string ClientIp = "203.0.113.77"; // TEST-NET-3: appears nowhere unless the app copies it

    protected override bool UseFileDatabase => true;

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Mail:PickupDirectory"] = "", ["Mail:Host"] = "127.0.0.1",
        ["Mail:Port"] = FakeSiteVerify.FreePort().ToString(CultureInfo.InvariantCulture),
    };

    protected override void ConfigureTestServices(IServiceCollection services) =>
        services.AddSingleton<IStartupFilter, FixedClientAddress>();

    private sealed class FixedClientAddress : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                context.Connection.RemoteIpAddress = IPAddress.Parse(ClientIp);
                return nextMiddleware();
            });
            next(app);
        };
    }
}

/// <summary>What identifies a tipster (description, name, email, file name and bytes) is stored only encrypted, never
/// logged, never published; the client's address is not stored at all.</summary>
public class EncryptionAtRestTests : IDisposable
{
    /// <summary>The SQLite database file and its write-ahead log and shared-memory companions.</summary>
    private static readonly string[] SqliteFileSuffixes = ["", "-wal", "-shm"];

    private readonly AtRestFactory _factory = new();
    private readonly string _canary = "canary" + Guid.NewGuid().ToString("N")[..16];

    public void Dispose()
    {
        _factory.Dispose();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task Post_Submit_StoresNoPlaintextOfTheTipster_AndNoClientAddress()
    {
        var enterprise = await _factory.WithDbAsync(db => TestData.EnterpriseAsync(db, "福田测试轧钢有限公司"));
        var client = _factory.CreateClient();
        var receipt = TipForms.ReadReceipt(await TipForms.SubmitValidAsync(client, v =>
        {
            v["Input.Description"] = $"厂区夜间偷偷生产，线索 {_canary} 请核查。";
            v["Input.CreditCode"] = enterprise.CreditCode;
            v["Input.Identity"] = "named";
            v["Input.Name"] = "李" + _canary;
            v["Input.Email"] = _canary + "@example.com";
            v["Input.WantsEmailNotices"] = "true";
        }, new Upload(_canary + ".png", TestFiles.PngWith(_canary), "image/png")));
        var tipId = await _factory.WithDbAsync(db => db.Tips.Where(t => t.TrackingNumber == receipt.TrackingNumber)
            .Select(t => t.Id).SingleAsync());

        // The stored values decrypt to what was sent: the test looks for real content, not for nothing.
        var protector = _factory.Services.GetRequiredService<PersonalDataProtector>();
        await _factory.WithDbAsync(async db =>
        {
            var tip = await db.Tips.Include(t => t.Attachments).SingleAsync(t => t.Id == tipId);
            Assert.Contains(_canary, protector.Unprotect(tip.DescriptionCipher));
            Assert.Equal(_canary + "@example.com", protector.UnprotectIdentity(tip.IdentityCipher!).Email);
            // The file's name: its bytes are re-encoded on upload, which drops the canary appended to the picture.
            Assert.Equal(_canary + ".png", protector.Unprotect(Assert.Single(tip.Attachments).FileNameCipher));
        });
        await WaitForFailedMailAttemptAsync(); // the outbox worker has tried (and failed) to mail the citizen

        Assert.NotNull(await DatabaseHoldsAsync(receipt.TrackingNumber)); // the scan does see plain text where there is some
        foreach (var needle in new[] { _canary, AtRestFactory.ClientIp, "127.0.0.1" })
        {
            var where = await DatabaseHoldsAsync(needle);
            Assert.True(where is null, $"the database holds “{needle}” in plain text ({where})");
        }
        Assert.Contains(_factory.Logs.Entries, e => e.Contains(receipt.TrackingNumber)); // the capture works
        Assert.DoesNotContain(_factory.Logs.Entries, e => e.Contains(_canary) || e.Contains(AtRestFactory.ClientIp));
        Assert.Empty(FilesHolding(_canary));
    }

    [Fact]
    public async Task Post_Submit_PublishesNothingOfTheTip()
    {
        var enterprise = await _factory.WithDbAsync(db => TestData.EnterpriseAsync(db, "福田测试铸钢有限公司"));
        var client = _factory.CreateClient();
        await TipForms.SubmitValidAsync(client, v =>
        {
            v["Input.Description"] = $"公开页面不应出现 {_canary} 这段描述。";
            v["Input.CreditCode"] = enterprise.CreditCode;
        });

        var search = await client.GetPageAsync("/search?q=" + _canary);
        Assert.Equal("0", search.QuerySelector(".result-summary strong")!.TextContent);
        Assert.Empty(search.QuerySelectorAll(".document-list li"));
        var profile = await client.GetPageAsync($"/enterprises/{enterprise.CreditCode}");
        Assert.DoesNotContain(_canary, profile.DocumentElement.OuterHtml);
        Assert.DoesNotContain("举报", profile.QuerySelector("main")!.Texts("h2").Aggregate("", string.Concat)); // no tip-off section
        Assert.DoesNotContain(_canary, (await client.GetPageAsync("/")).DocumentElement.OuterHtml);
        Assert.DoesNotContain(_canary, (await client.GetPageAsync("/search?q=福田测试铸钢")).QuerySelector("main")!.TextContent);
    }

    /// <summary>Where the needle appears in the database, or null. SQLite: the raw bytes of the file and its -wal/-shm;
    /// PostgreSQL: every row of every table as JSON (bytea shows as hex there, so the hex form is searched too).</summary>
    private async Task<string?> DatabaseHoldsAsync(string needle)
    {
        if (!PortalFactory.OnPostgres)
        {
            var bytes = Encoding.UTF8.GetBytes(needle);
            foreach (var file in SqliteFileSuffixes.Select(s => _factory.DatabaseFile + s).Where(File.Exists))
            {
                using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
                using var copy = new MemoryStream();
                await stream.CopyToAsync(copy);
                if (copy.ToArray().AsSpan().IndexOf(bytes) >= 0) return Path.GetFileName(file);
            }
            Assert.True(File.Exists(_factory.DatabaseFile), "the SQLite file database is missing");
            return null;
        }
        var hex = Convert.ToHexStringLower(Encoding.UTF8.GetBytes(needle));
        return await _factory.WithDbAsync(async db =>
        {
            var connection = (NpgsqlConnection)db.Database.GetDbConnection();
            await connection.OpenAsync();
            var tables = new List<string>();
            await using (var list = new NpgsqlCommand("SELECT table_name FROM information_schema.tables"
                + " WHERE table_schema = 'public' AND table_type = 'BASE TABLE'", connection))
            await using (var reader = await list.ExecuteReaderAsync())
                while (await reader.ReadAsync()) tables.Add(reader.GetString(0));
            Assert.Contains("Tips", tables);
            foreach (var table in tables)
            {
                await using var scan = new NpgsqlCommand($"SELECT count(*) FROM \"{table}\" t"
                    + " WHERE strpos(row_to_json(t)::text, $1) > 0 OR strpos(row_to_json(t)::text, $2) > 0", connection);
                scan.Parameters.AddWithValue(needle);
                scan.Parameters.AddWithValue(hex);
                if ((long)(await scan.ExecuteScalarAsync())! > 0) return table;
            }
            return null;
        });
    }

    /// <summary>Files under the test's scratch folder (database, mail) and the app's App_Data that contain the needle.</summary>
    private List<string> FilesHolding(string needle)
    {
        var bytes = Encoding.UTF8.GetBytes(needle);
        var appData = Path.Combine(_factory.Services.GetRequiredService<IHostEnvironment>().ContentRootPath, "App_Data");
        return new[] { _factory.ScratchFolder, appData }.Where(Directory.Exists)
            .SelectMany(d => Directory.EnumerateFiles(d, "*", SearchOption.AllDirectories))
            .Where(f => File.ReadAllBytes(f).AsSpan().IndexOf(bytes) >= 0).ToList();
    }

    private async Task WaitForFailedMailAttemptAsync()
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        List<OutboxMessage> mail;
        do
        {
            mail = await _factory.WithDbAsync(db => db.OutboxMessages.AsNoTracking().ToListAsync());
            if (mail.Count > 0 && mail.All(m => m.Attempts > 0)) return;
            await Task.Delay(100);
        } while (waited.Elapsed < TimeSpan.FromSeconds(15));
        Assert.Fail($"the outbox worker did not attempt the {mail.Count} queued message(s) within 15 s");
    }
}
