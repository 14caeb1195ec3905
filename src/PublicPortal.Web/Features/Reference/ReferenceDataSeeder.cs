using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PublicPortal.Web.Data;
using PublicPortal.Web.Features.Content;
using YamlDotNet.RepresentationModel;

namespace PublicPortal.Web.Features.Reference;

/// <summary>
/// Loads content/reference/*.yaml into the database (content/requirements/*.yaml follows, by
/// <c>RequirementTableLoader</c> in Registers, which builds on these rows). Idempotent: a row whose code (or
/// date, or table position) already exists is left alone, so restarting never duplicates and never overwrites what
/// administrators have since edited.
/// </summary>
public class ReferenceDataSeeder(PortalDbContext db, ContentOptions content, ILogger<ReferenceDataSeeder> logger)
{
    public async Task SeedAsync(CancellationToken ct = default)
    {
        var folder = Path.Combine(content.RootPath, "reference");
        await SeedJurisdictionsAsync(Yaml.Load(Path.Combine(folder, "jurisdictions.yaml")), ct);
        await SeedAspectsAndIndustriesAsync(Yaml.Load(Path.Combine(folder, "reference.yaml")), ct);
        await SeedDepartmentsAsync(Yaml.Load(Path.Combine(folder, "departments.yaml")), ct);
        await SeedCalendarAsync(Yaml.Load(Path.Combine(folder, "calendar.yaml")), ct);
    }

    private async Task SeedJurisdictionsAsync(YamlNode root, CancellationToken ct)
    {
        var existing = await db.Jurisdictions.ToDictionaryAsync(j => j.Code, ct);
        void Visit(YamlSequenceNode nodes, Jurisdiction? parent, JurisdictionLevel level)
        {
            var order = 0;
            foreach (var node in nodes.Children.Cast<YamlMappingNode>())
            {
                var code = Yaml.Required(node, "code");
                if (!existing.TryGetValue(code, out var j))
                {
                    j = new Jurisdiction
                    {
                        Code = code, Name = Yaml.Required(node, "name"), Level = level, Parent = parent, SortOrder = order,
                    };
                    db.Jurisdictions.Add(j);
                    existing[code] = j;
                }
                order++;
                if (Yaml.Optional(node, "children") is YamlSequenceNode children)
                    Visit(children, j, level + 1);
            }
        }
        Visit((YamlSequenceNode)root, null, JurisdictionLevel.Province);
        await db.SaveChangesAsync(ct);
    }

    private async Task SeedAspectsAndIndustriesAsync(YamlNode root, CancellationToken ct)
    {
        var map = (YamlMappingNode)root;
        var aspects = await db.Aspects.Select(a => a.Code).ToHashSetAsync(ct);
        var order = 0;
        foreach (var node in ((YamlSequenceNode)map["aspects"]).Children.Cast<YamlMappingNode>())
        {
            var code = Yaml.Required(node, "code");
            if (aspects.Add(code)) db.Aspects.Add(new Aspect { Code = code, Name = Yaml.Required(node, "name"), SortOrder = order });
            order++;
        }
        var industries = await db.Industries.Select(i => i.Code).ToHashSetAsync(ct);
        order = 0;
        foreach (var node in ((YamlSequenceNode)map["industries"]).Children.Cast<YamlMappingNode>())
        {
            var code = Yaml.Required(node, "code");
            if (industries.Add(code))
                db.Industries.Add(new Industry { Code = code, Name = Yaml.Required(node, "name"), SortOrder = order });
            order++;
        }
        await db.SaveChangesAsync(ct);
    }

    private async Task SeedDepartmentsAsync(YamlNode root, CancellationToken ct)
    {
        var jurisdictions = await db.Jurisdictions.ToDictionaryAsync(j => j.Code, ct);
        var departments = await db.Departments.ToDictionaryAsync(d => d.Code, ct);
        // A subject that already has rules in a jurisdiction is left to its administrators: seeding only fills subjects
        // that have none, so a rule an administrator removed does not come back on the next start.
        var seededSubjects = (await db.Responsibilities.Select(r => new { r.JurisdictionId, r.Subject }).Distinct().ToListAsync(ct))
            .Select(r => (r.JurisdictionId, r.Subject)).ToHashSet();
        foreach (var block in ((YamlSequenceNode)root).Children.Cast<YamlMappingNode>())
        {
            var jurisdictionCode = Yaml.Required(block, "jurisdiction");
            if (!jurisdictions.TryGetValue(jurisdictionCode, out var jurisdiction))
                throw new InvalidDataException($"departments.yaml：未知的行政区划代码 {jurisdictionCode}");
            var byKey = new Dictionary<string, Department>();
            foreach (var node in ((YamlSequenceNode)block["departments"]).Children.Cast<YamlMappingNode>())
            {
                var key = Yaml.Required(node, "key");
                var code = $"{jurisdictionCode}-{key}";
                if (!departments.TryGetValue(code, out var department))
                {
                    department = new Department
                    {
                        Code = code,
                        Name = Yaml.Required(node, "name"),
                        Kind = Enum.Parse<DepartmentKind>(Yaml.Required(node, "kind")),
                        Jurisdiction = jurisdiction,
                        Email = Yaml.OptionalString(node, "email"),
                        Phone = Yaml.OptionalString(node, "phone"),
                    };
                    db.Departments.Add(department);
                    departments[code] = department;
                }
                byKey[key] = department;
            }
            await db.SaveChangesAsync(ct);
            if (Yaml.Optional(block, "responsibilities") is not YamlMappingNode table) continue;
            foreach (var (subjectNode, keysNode) in table.Children)
            {
                var subject = ((YamlScalarNode)subjectNode).Value!;
                if (!seededSubjects.Add((jurisdiction.Id, subject))) continue;
                var order = 0;
                foreach (var keyNode in ((YamlSequenceNode)keysNode).Children.Cast<YamlScalarNode>())
                {
                    var department = byKey.GetValueOrDefault(keyNode.Value!)
                        ?? throw new InvalidDataException($"departments.yaml：{jurisdictionCode} 的职责 {subject} 引用了未定义的部门 {keyNode.Value}");
                    db.Responsibilities.Add(new Responsibility
                    {
                        JurisdictionId = jurisdiction.Id, Subject = subject, DepartmentId = department.Id,
                        Role = order == 0 ? ResponsibilityRole.Lead : ResponsibilityRole.Assist, SortOrder = order,
                    });
                    order++;
                }
            }
            await db.SaveChangesAsync(ct);
        }
    }

    private async Task SeedCalendarAsync(YamlNode root, CancellationToken ct)
    {
        // A year already in the database belongs to its administrators (they may have removed a day); only years
        // with no entries at all are seeded from the file.
        var knownYears = (await db.CalendarDays.Select(d => d.Date).ToListAsync(ct)).Select(d => d.Year).ToHashSet();
        var known = new HashSet<DateOnly>();
        var added = 0;
        foreach (var (yearKey, yearNode) in ((YamlMappingNode)root).Children)
        {
            if (knownYears.Contains(int.Parse(((YamlScalarNode)yearKey).Value!, CultureInfo.InvariantCulture))) continue;
            foreach (var (section, kind) in new[] { ("holidays", CalendarDayKind.Holiday), ("workdays", CalendarDayKind.MakeUpWorkday) })
            {
                if (Yaml.Optional((YamlMappingNode)yearNode, section) is not YamlMappingNode days) continue;
                foreach (var (nameNode, datesNode) in days.Children)
                    foreach (var dateNode in ((YamlSequenceNode)datesNode).Children.Cast<YamlScalarNode>())
                    {
                        var date = DateOnly.ParseExact(dateNode.Value!, "yyyy-MM-dd");
                        if (!known.Add(date)) continue;
                        db.CalendarDays.Add(new CalendarDay { Date = date, Kind = kind, Name = ((YamlScalarNode)nameNode).Value! });
                        added++;
                    }
            }
        }
        await db.SaveChangesAsync(ct);
        if (added > 0) logger.LogInformation("Seeded {Count} calendar days", added);
    }
}
