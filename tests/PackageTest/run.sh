#!/usr/bin/env bash
# Package test: pack MmmFixtures with a unique version, restore it from a local folder into a fresh
# test project (isolated packages folder, so no cached copy can stand in), build it and run its test.
#   bash tests/PackageTest/run.sh RESULTS_DIR
set -euo pipefail
cd "$(dirname "$0")/../.."
results="$(realpath -m "${1:?give a folder for the .trx results}")"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
version="0.1.0-ci.$(date +%s)"
dotnet pack src/MmmFixtures/MmmFixtures.csproj -c Release -o "$work/feed" -p:Version="$version" >/dev/null
echo "packed MmmFixtures $version; checking its layout"
python3 - "$work/feed/MmmFixtures.$version.nupkg" <<'PY'
import re, sys, zipfile
package = zipfile.ZipFile(sys.argv[1])
names = set(package.namelist())
required = ["lib/netstandard2.0/MmmFixtures.dll", "lib/netstandard2.0/MmmFixtures.xml", "lib/net8.0/MmmFixtures.dll",
            "lib/net8.0/MmmFixtures.xml", "analyzers/dotnet/cs/MmmFixtures.Generators.dll", "build/MmmFixtures.props", "README.md"]
missing = [n for n in required if n not in names]
nuspec = package.read("MmmFixtures.nuspec").decode()
dependencies = sorted(set(re.findall(r'<dependency id="([^"]+)"', nuspec)))
print("  " + "\n  ".join(sorted(n for n in names if n.startswith(("lib/", "analyzers/", "build/")) or n == "README.md")))
print("  dependencies: " + ", ".join(dependencies))
for needed in ["CsvHelper", "System.Text.Json"]:
    if needed not in dependencies: missing.append("dependency " + needed)
if "MmmFixtures.Generators" in dependencies: missing.append("the generator must not be a package dependency")
if missing: sys.exit("package layout is wrong: " + "; ".join(missing))
PY
cp -r tests/PackageTest/Consumer "$work/consumer"
cat > "$work/consumer/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="local-mmmfixtures" value="$work/feed" />
  </packageSources>
</configuration>
XML
cd "$work/consumer"
export NUGET_PACKAGES="$work/packages" # an isolated packages folder: no cached copy can stand in for the fresh one
dotnet test -c Release -p:MmmFixturesVersion="$version" --logger "trx;LogFileName=package-test.trx" --results-directory "$results"
