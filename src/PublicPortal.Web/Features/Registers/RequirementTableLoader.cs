using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PublicPortal.Web.Data;
using PublicPortal.Web.Features.Content;
using PublicPortal.Web.Features.Reference;
using YamlDotNet.RepresentationModel;

namespace PublicPortal.Web.Features.Registers;

/// <summary>Loads one content/requirements/*.yaml file (a plan's requirement tables) as <see cref="IndustryRequirement"/> rows.</summary>
public class RequirementTableLoader(PortalDbContext db)
{
    /// <summary>Every file of content/requirements, in name order; run after <see cref="ReferenceDataSeeder"/>.</summary>
    public async Task LoadAllAsync(ContentOptions content, CancellationToken ct = default)
    {
        foreach (var file in Directory.EnumerateFiles(Path.Combine(content.RootPath, "requirements"), "*.yaml").Order())
            await LoadAsync(file, ct);
    }

    public async Task LoadAsync(string path, CancellationToken ct)
    {
        var file = Path.GetFileName(path);
        var root = (YamlMappingNode)Yaml.Load(path);
        var slug = Yaml.Required(root, "document");
        if (await db.IndustryRequirements.AnyAsync(r => r.DocumentSlug == slug, ct)) return;

        var jurisdictionCode = Yaml.Required(root, "jurisdiction");
        var jurisdiction = await db.Jurisdictions.SingleOrDefaultAsync(j => j.Code == jurisdictionCode, ct)
            ?? throw new InvalidDataException($"{file}：未知的行政区划代码 {jurisdictionCode}");
        var aspects = await db.Aspects.ToDictionaryAsync(a => a.Code, ct);
        var industries = await db.Industries.ToDictionaryAsync(i => i.Name, ct);

        foreach (var table in ((YamlSequenceNode)root["tables"]).Children.Cast<YamlMappingNode>())
        {
            var number = int.Parse(Yaml.Required(table, "number"), CultureInfo.InvariantCulture);
            var aspectCode = Yaml.Required(table, "aspect");
            var aspect = aspects.GetValueOrDefault(aspectCode)
                ?? throw new InvalidDataException($"{file}：表{number} 的 aspect {aspectCode} 未定义");
            var rowNumber = 0;
            foreach (var row in ((YamlSequenceNode)table["rows"]).Children.Cast<YamlMappingNode>())
            {
                rowNumber++;
                var rowIndustries = ((YamlSequenceNode)row["industries"]).Children.Cast<YamlScalarNode>()
                    .Select(n => industries.GetValueOrDefault(n.Value!)
                        ?? throw new InvalidDataException($"{file}：表{number} 第{rowNumber}行的行业 {n.Value} 未定义"))
                    .ToList();
                var itemNumber = 0;
                foreach (var item in ((YamlSequenceNode)row["items"]).Children.Cast<YamlMappingNode>())
                {
                    itemNumber++;
                    var standards = Yaml.Optional(item, "standards") is YamlSequenceNode s
                        ? string.Join("; ", s.Children.Cast<YamlScalarNode>().Select(n => n.Value))
                        : "";
                    db.IndustryRequirements.Add(new IndustryRequirement
                    {
                        DocumentSlug = slug, Jurisdiction = jurisdiction, TableNumber = number,
                        TableTitle = Yaml.Required(table, "title"), RowNumber = rowNumber, ItemNumber = itemNumber,
                        Aspect = aspect, Text = Yaml.Required(item, "text"), Standards = standards, Industries = rowIndustries,
                    });
                }
            }
        }
        await db.SaveChangesAsync(ct);
    }
}
