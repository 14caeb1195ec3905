using System.Text.Json.Nodes;

namespace PublicPortal.Web.Features.OpenData;

/// <summary>The catalogue in DCAT (W3C Data Catalog Vocabulary) as JSON-LD, for harvesters such as national open-data portals.</summary>
public static class DcatCatalog
{
    public static JsonObject For(string siteName, string publisher, string baseUrl, IReadOnlyList<DatasetCatalog.Summary> summaries)
    {
        var agent = new JsonObject { ["@type"] = "foaf:Agent", ["foaf:name"] = publisher };
        var licence = $"{baseUrl}{OpenDataLicence.Path}";
        var datasets = new JsonArray();
        foreach (var (dataset, version) in summaries)
        {
            var page = $"{baseUrl}/data/{dataset.Slug}";
            var node = new JsonObject
            {
                ["@id"] = page,
                ["@type"] = "dcat:Dataset",
                ["dct:identifier"] = dataset.Slug,
                ["dct:title"] = dataset.Title,
                ["dct:description"] = dataset.Description,
                ["dct:publisher"] = agent.DeepClone(),
                ["dct:license"] = new JsonObject { ["@id"] = licence },
                ["dct:accrualPeriodicity"] = new JsonObject { ["@id"] = "http://purl.org/cld/freq/" + dataset.FrequencyTerm },
                ["dct:language"] = "zh-CN",
                ["dcat:landingPage"] = new JsonObject { ["@id"] = page },
                ["dcat:distribution"] = new JsonArray(
                    Distribution(page, $"{page}.csv", "CSV", "text/csv", licence),
                    Distribution(page, $"{page}.json", "JSON", "application/json", licence),
                    Distribution(page, $"{page}/datapackage.json", "Data Package", "application/json", licence)),
            };
            if (version.LastModified is { } modified)
                node["dct:modified"] = new JsonObject { ["@value"] = CellText.Of(modified), ["@type"] = "xsd:dateTime" };
            datasets.Add(node);
        }
        return new JsonObject
        {
            ["@context"] = new JsonObject
            {
                ["dcat"] = "http://www.w3.org/ns/dcat#", ["dct"] = "http://purl.org/dc/terms/",
                ["foaf"] = "http://xmlns.com/foaf/0.1/", ["xsd"] = "http://www.w3.org/2001/XMLSchema#",
            },
            ["@id"] = $"{baseUrl}/data/catalog.jsonld",
            ["@type"] = "dcat:Catalog",
            ["dct:title"] = $"{siteName} 开放数据目录",
            ["dct:publisher"] = agent,
            ["dct:license"] = new JsonObject { ["@id"] = licence },
            ["dcat:dataset"] = datasets,
        };
    }

    private static JsonObject Distribution(string page, string url, string format, string mediaType, string licence) => new()
    {
        ["@type"] = "dcat:Distribution",
        ["dct:format"] = format,
        ["dcat:mediaType"] = mediaType,
        ["dcat:downloadURL"] = new JsonObject { ["@id"] = url },
        ["dcat:accessURL"] = new JsonObject { ["@id"] = page },
        ["dct:license"] = new JsonObject { ["@id"] = licence },
    };
}
