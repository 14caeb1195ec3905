namespace PublicPortal.Web.Features.OpenData;

/// <summary>Table Schema field types (frictionlessdata.io): how a column is written in CSV and typed in JSON.</summary>
public enum FieldType { String, Integer, Number, Boolean, Date, DateTime }

/// <summary>One column of a dataset as its data dictionary documents it: snake_case name, type, Chinese meaning, example.</summary>
public sealed record DataField(string Name, FieldType Type, string Title, string Example)
{
    public string TypeName => Type switch
    {
        FieldType.Integer => "integer",
        FieldType.Number => "number",
        FieldType.Boolean => "boolean",
        FieldType.Date => "date",
        FieldType.DateTime => "datetime",
        _ => "string",
    };

    public string TypeLabel => Type switch
    {
        FieldType.Integer => "整数",
        FieldType.Number => "数值",
        FieldType.Boolean => "布尔值（true/false）",
        FieldType.Date => "日期（YYYY-MM-DD）",
        FieldType.DateTime => "日期时间（ISO 8601，北京时间）",
        _ => "文本",
    };
}

/// <summary>A column plus how to read its value from a row: the single definition the dictionary, CSV, JSON and
/// datapackage.json all come from.</summary>
public sealed record Column<TRow>(DataField Field, Func<TRow, object?> Value)
{
    public static Column<TRow> Text(string name, string title, string example, Func<TRow, object?> value) =>
        new(new(name, FieldType.String, title, example), value);
    public static Column<TRow> Int(string name, string title, string example, Func<TRow, object?> value) =>
        new(new(name, FieldType.Integer, title, example), value);
    public static Column<TRow> Number(string name, string title, string example, Func<TRow, object?> value) =>
        new(new(name, FieldType.Number, title, example), value);
    public static Column<TRow> Bool(string name, string title, string example, Func<TRow, object?> value) =>
        new(new(name, FieldType.Boolean, title, example), value);
    public static Column<TRow> Date(string name, string title, string example, Func<TRow, object?> value) =>
        new(new(name, FieldType.Date, title, example), value);
    public static Column<TRow> Time(string name, string title, string example, Func<TRow, object?> value) =>
        new(new(name, FieldType.DateTime, title, example), value);
}
