#!/usr/bin/env bash
# Scaffolds an EF Core migration that runs unchanged on SQLite, PostgreSQL and SQL Server.
#   usage: src/PublicPortal.Web/Data/Migrations/add-migration.sh <Name>
# Microsoft.EntityFrameworkCore.Design only restores here with two of its dependencies pruned, so it is added to the
# web project for the duration of this script and removed again. dotnet-ef scaffolds with SQLite; neutralize.py then
# strips the SQLite column types and adds the PostgreSQL and SQL Server identity annotations beside SQLite's.
set -euo pipefail
name=${1:?migration name}
here=$(cd "$(dirname "$0")" && pwd)
project="$here/../../PublicPortal.Web.csproj"
command -v dotnet-ef >/dev/null || dotnet tool install --global dotnet-ef --version 10.0.14
export PATH="$PATH:$HOME/.dotnet/tools"
cp "$project" "$project.bak"
trap 'mv "$project.bak" "$project"' EXIT
sed -i 's#</Project>#  <ItemGroup>\n    <PackageReference Include="Microsoft.EntityFrameworkCore.Design" PrivateAssets="all" />\n    <PrunePackageReference Include="Mono.TextTemplating" Version="99.0.0" />\n    <PrunePackageReference Include="Microsoft.VisualStudio.SolutionPersistence" Version="99.0.0" />\n  </ItemGroup>\n</Project>#' "$project"
dotnet ef migrations add "$name" --project "$project" --output-dir Data/Migrations
python3 "$here/neutralize.py" "$here"
