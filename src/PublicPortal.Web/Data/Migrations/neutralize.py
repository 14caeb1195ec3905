"""Makes dotnet-ef's SQLite-flavoured migration code provider-neutral (see add-migration.sh)."""
import pathlib
import re
import sys

folder = pathlib.Path(sys.argv[1])
NPGSQL_ID = '.Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn)'
SQLSERVER_ID = '.Annotation("SqlServer:Identity", "1, 1")'

for path in folder.glob("*.cs"):
    text = path.read_text(encoding="utf-8")
    original = text
    if path.name.endswith(".Designer.cs") or path.name.endswith("ModelSnapshot.cs"):
        text = re.sub(r'\s*\.HasColumnType\("[^"]*"\)', "", text)
        # The snapshot must carry every provider's identity annotation, or HasPendingModelChanges() reports drift there.
        text = re.sub(
            r'(b\.Property<(?:int|long)>\("Id"\)\s*\n\s*\.ValueGeneratedOnAdd\(\))(?!\s*\n\s*\.HasAnnotation\("Npgsql)',
            r'\1\n                        .HasAnnotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn)'
            r'\n                        .HasAnnotation("SqlServer:ValueGenerationStrategy", SqlServerValueGenerationStrategy.IdentityColumn)',
            text)
    else:
        text = re.sub(r'\s*type: "[^"]*",', "", text)
        text = re.sub(r',\s*type: "[^"]*"', "", text)
        text = re.sub(r'\.Annotation\("Sqlite:Autoincrement", true\)(?!\s*\n?\s*\.Annotation\("Npgsql)',
                      '.Annotation("Sqlite:Autoincrement", true)\n                        ' + NPGSQL_ID +
                      '\n                        ' + SQLSERVER_ID, text)
    for using in ("using Microsoft.EntityFrameworkCore.Metadata;", "using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;"):
        if "ValueGenerationStrategy" in text and using not in text:
            text = re.sub(r"^(using [^\n]+;\n)", lambda m: m.group(1) + using + "\n", text, count=1, flags=re.M)
    if text != original:
        path.write_text(text, encoding="utf-8")
        print("neutralized", path.name)

# PostgreSQL truncates identifiers past 63 characters, so the snapshot (scaffolded on SQLite) would disagree with it.
for path in folder.glob("*.cs"):
    for name in set(re.findall(r'"((?:IX|FK|PK|AK)_[A-Za-z0-9_]+)"', path.read_text(encoding="utf-8"))):
        if len(name) > 63:
            print(f"ERROR {path.name}: identifier longer than 63 characters (PostgreSQL truncates it): {name}", file=sys.stderr)
            sys.exit(1)
