#!/usr/bin/env bash
# Tool package test: pack the mmmfixtures tool (a ReadyToRun package per platform plus a portable fallback),
# install it from a local folder into a fresh tool path, check that this platform got its ReadyToRun build,
# and run it.
#   bash tests/PackageTest/tool.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
version="0.1.0-ci.$(date +%s)"
dotnet pack src/MmmFixtures.Cli/MmmFixtures.Cli.csproj -c Release -o "$work/feed" -p:Version="$version" >/dev/null
for package in "" .linux-x64 .linux-arm64 .osx-x64 .osx-arm64 .win-x64 .any; do
  [ -f "$work/feed/MmmFixtures.Cli$package.$version.nupkg" ] || { echo "missing tool package MmmFixtures.Cli$package" >&2; exit 1; }
done
export NUGET_PACKAGES="$work/packages" # nothing cached stands in for the fresh packages
dotnet tool install MmmFixtures.Cli --add-source "$work/feed" --tool-path "$work/tools" --version "$version" >/dev/null
rid="linux-x64"
[ "$(uname -m)" = "aarch64" ] && rid="linux-arm64"
library="$(find "$work/tools/.store" -path "*/tools/net10.0/$rid/MmmFixtures.dll")"
[ -n "$library" ] || { echo "the installed tool is not the $rid package" >&2; exit 1; }
# A ReadyToRun image carries the READYTORUN header signature "RTR\0".
python3 -c 'import sys; sys.exit(0 if b"RTR\x00" in open(sys.argv[1], "rb").read() else 1)' "$library" \
  || { echo "the installed $rid tool is not ReadyToRun" >&2; exit 1; }
"$work/tools/mmmfixtures" presets | grep -q "clickstream" || { echo "mmmfixtures presets lists no clickstream preset" >&2; exit 1; }
"$work/tools/mmmfixtures" clickstream --preset Small --out "$work/out" >/dev/null
[ -s "$work/out/events.csv" ] && [ -s "$work/out/manifest.json" ] || { echo "mmmfixtures clickstream wrote no export" >&2; exit 1; }
echo "tool package test: installed the $rid ReadyToRun build of mmmfixtures $version and ran it"
