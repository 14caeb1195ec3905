using System.Text.Json.Nodes;

namespace PublicPortal.Web.Features.OpenData;

/// <summary>
/// A Frictionless Data Package (specs.frictionlessdata.io, profile tabular-data-package) for one dataset: a Table Schema
/// per resource, from the same field list the CSV header is written from, and the CSV dialect the writer uses.
/// </summary>
public static class DataPackage
{
    /// <param name="pathOf">The path or URL of a resource's CSV: absolute on the web, relative inside the ZIP.</param>
    public static JsonObject For(Dataset dataset, string publisher, string licenceUrl, DatasetVersion? version, Func<string, string> pathOf)
    {
        var resources = new JsonArray { Resource(dataset.Slug, dataset.Title, pathOf("data"), dataset.Fields, dataset.PrimaryKey) };
        if (dataset.HasChangeLog)
            resources.Add(Resource(
                dataset.Slug + "-changes", dataset.Title + "变更记录", pathOf("changes"), dataset.ChangeFields, ["change_id"]));
        var package = new JsonObject
        {
            ["profile"] = "tabular-data-package",
            ["name"] = dataset.Slug,
            ["title"] = dataset.Title,
            ["description"] = dataset.Description,
            ["licenses"] = new JsonArray
            {
                new JsonObject { ["name"] = OpenDataLicence.Name, ["title"] = OpenDataLicence.Title, ["path"] = licenceUrl },
            },
            ["contributors"] = new JsonArray { new JsonObject { ["title"] = publisher, ["role"] = "publisher" } },
            ["resources"] = resources,
        };
        if (version?.LastModified is { } modified) package["updated"] = CellText.Of(modified);
        return package;
    }

    private static JsonObject Resource(
        string name, string title, string path, IReadOnlyList<DataField> fields, IReadOnlyList<string> key) => new()
        {
            ["name"] = name,
            ["title"] = title,
            ["profile"] = "tabular-data-resource",
            ["path"] = path,
            ["format"] = "csv",
            ["mediatype"] = "text/csv",
            // utf-8-sig: UTF-8 whose first bytes are a BOM (Python's name, which frictionless-py reads).
            ["encoding"] = "utf-8-sig",
            ["dialect"] = new JsonObject
            {
                ["delimiter"] = ",", ["lineTerminator"] = "\r\n", ["quoteChar"] = "\"", ["doubleQuote"] = true, ["header"] = true,
            },
            ["schema"] = new JsonObject
            {
                ["fields"] = new JsonArray(fields.Select(f => (JsonNode)new JsonObject
                {
                    ["name"] = f.Name, ["type"] = f.TypeName, ["title"] = f.Title, ["example"] = f.Example,
                }).ToArray()),
                ["primaryKey"] = new JsonArray(key.Select(k => (JsonNode)JsonValue.Create(k)!).ToArray()),
                ["missingValues"] = new JsonArray { "" },
            },
        };
}
