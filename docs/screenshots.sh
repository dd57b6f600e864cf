#!/usr/bin/env bash
# Regenerates docs/screenshots/<family>.png: one report.html per family, exported with the tool and photographed
# in headless Chromium (Debian package "chromium"). Run from anywhere after the reports' content changes:
#   bash docs/screenshots.sh
set -euo pipefail
cd "$(dirname "$0")/.."
command -v chromium >/dev/null || { echo "chromium is not installed (apt-get install chromium)" >&2; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
dotnet build src/MmmFixtures.Cli/MmmFixtures.Cli.csproj -c Release -o "$work/tool" >/dev/null
mkdir -p docs/screenshots
# One preset per family: the README's example for MMM, the small ones elsewhere (a readable first screen).
for pair in mmm:MediumBusiness:6600 clickstream:Small:4200 commerce:Small:4400; do
  IFS=: read -r family preset height <<<"$pair"
  dotnet "$work/tool/MmmFixtures.Cli.dll" "$family" --preset "$preset" --out "$work/$family" --report --quiet >/dev/null
  chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run --user-data-dir="$work/profile" \
    --window-size=1100,$height --screenshot="docs/screenshots/$family.png" "file://$work/$family/report.html" 2>/dev/null
  echo "docs/screenshots/$family.png: $family --preset $preset"
done
