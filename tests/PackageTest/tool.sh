#!/usr/bin/env bash
# Tool package test: pack the mmmfixtures tool (the package that points to the platform packages, one package per
# platform, and a portable JIT fallback), install it from a local folder into a fresh tool path, check that this
# platform got its Native AOT build (or ReadyToRun, on a platform this machine cannot compile natively for), and run it.
#   bash tests/PackageTest/tool.sh [keep]
# With a folder `keep`, leaves there a copy of the installed platform build (keep/installed) and the portable JIT
# package's files (keep/any), for tests/PackageTest/aot-bytes.sh.
set -euo pipefail
cd "$(dirname "$0")/../.."
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
keep="${1:-}"
version="0.1.0-ci.$(date +%s)"
rids="linux-x64 linux-arm64 osx-x64 osx-arm64 win-x64 any"
aot=true # Native AOT links with clang on Linux (.ci/run installs it); without it, every package is ReadyToRun
if [ "$(uname)" = "Linux" ] && ! command -v clang >/dev/null; then
  echo "tool package test: no clang on this machine, so the tool is packed ReadyToRun, not Native AOT" >&2
  aot=false
fi
# One pack writes every package ReadyToRun (the platform packages built in parallel); with Native AOT, a second
# (`dotnet pack -r`) replaces this platform's package with its native build.
start=$SECONDS
dotnet pack src/MmmFixtures.Cli/MmmFixtures.Cli.csproj -c Release -o "$work/feed" -p:Version="$version" -p:ToolNativeAot=false >/dev/null
host="$(dotnet --info | sed -n 's/^ *RID: *//p')"
if $aot; then
  dotnet pack src/MmmFixtures.Cli/MmmFixtures.Cli.csproj -c Release -r "$host" -o "$work/feed" -p:Version="$version" >"$work/pack.log" \
    || { cat "$work/pack.log"; echo "could not pack the Native AOT $host tool package" >&2; exit 1; }
fi
echo "packed the tool for $(wc -w <<<"$rids") platforms in $((SECONDS - start)) s ($host package: $(du -k "$work/feed/MmmFixtures.Cli.$host.$version.nupkg" | cut -f1) KiB)"
for package in "" $(printf ' .%s' $rids); do
  [ -f "$work/feed/MmmFixtures.Cli$package.$version.nupkg" ] || { echo "missing tool package MmmFixtures.Cli$package" >&2; exit 1; }
done
export NUGET_PACKAGES="$work/packages" # nothing cached stands in for the fresh packages
dotnet tool install MmmFixtures.Cli --add-source "$work/feed" --tool-path "$work/tools" --version "$version" >/dev/null
rid="linux-x64"
[ "$(uname -m)" = "aarch64" ] && rid="linux-arm64"
folder="$(find "$work/tools/.store" -type d -path "*/tools/*/$rid")" # tools/net10.0/<rid>, or tools/any/<rid> when self-contained
[ -n "$folder" ] || { echo "the installed tool is not the $rid package" >&2; exit 1; }
if $aot && [ "$rid" = "$host" ]; then
  # Native AOT: one native executable (ELF) and no managed assemblies to JIT.
  head -c 4 "$folder/MmmFixtures.Cli" | grep -q "ELF" || { echo "the installed $rid tool is not a native executable" >&2; exit 1; }
  [ -z "$(find "$folder" -name "*.dll")" ] || { echo "the installed $rid tool carries managed assemblies: not Native AOT" >&2; exit 1; }
  build="Native AOT"
  # linux-x64 carries the x86-64-v3 twin beside the entry point (executable as installed), which large exports are handed to.
  if [ "$rid" = "linux-x64" ]; then
    twin="$folder/MmmFixtures.Cli.x86-64-v3"
    [ -x "$twin" ] && head -c 4 "$twin" | grep -q "ELF" || { echo "the installed $rid tool has no executable x86-64-v3 twin" >&2; exit 1; }
    build="Native AOT (with its x86-64-v3 twin)"
  fi
else
  # A ReadyToRun image carries the READYTORUN header signature "RTR\0".
  python3 -c 'import sys; sys.exit(0 if b"RTR\x00" in open(sys.argv[1], "rb").read() else 1)' "$folder/MmmFixtures.dll" \
    || { echo "the installed $rid tool is not ReadyToRun" >&2; exit 1; }
  build="ReadyToRun"
fi
"$work/tools/mmmfixtures" presets | grep -q "clickstream" || { echo "mmmfixtures presets lists no clickstream preset" >&2; exit 1; }
"$work/tools/mmmfixtures" clickstream --preset Small --out "$work/out" >/dev/null
[ -s "$work/out/events.csv" ] && [ -s "$work/out/manifest.json" ] || { echo "mmmfixtures clickstream wrote no export" >&2; exit 1; }
if [ -n "${twin:-}" ]; then
  # Which build wrote an export is on its summary's last line. The twin starts only where the CPU has x86-64-v3 (the runtime
  # refuses otherwise): there an export estimated at 32 MiB or more (or any, with MMMFIXTURES_ISA=x86-64-v3) is handed over;
  # MMMFIXTURES_ISA=baseline and a small export stay on the x86-64-v2 entry point.
  ran() { env "$@" | tail -1 | sed -n 's/.*(\(.*\) build)$/\1/p'; }
  "$work/tools/mmmfixtures" mmm --preset LargeBusiness --print-spec --out "$work/big.json" >/dev/null
  python3 -c 'import json, sys; s = json.load(open(sys.argv[1])); s["periods"] = 520; json.dump(s, open(sys.argv[1], "w"))' "$work/big.json"
  expected="x86-64-v2"
  "$twin" --version >/dev/null 2>&1 && expected="x86-64-v3"
  for check in "$expected:--spec $work/big.json" "x86-64-v2:--preset Basic" "x86-64-v2:MMMFIXTURES_ISA=baseline --spec $work/big.json" \
               "$expected:MMMFIXTURES_ISA=x86-64-v3 --preset Basic"; do
    want="${check%%:*}"; read -r -a words <<<"${check#*:}"
    settings=(); while [[ "${words[0]}" == *=* ]]; do settings+=("${words[0]}"); words=("${words[@]:1}"); done
    got="$(ran "${settings[@]}" "$work/tools/mmmfixtures" mmm "${words[@]}" --quiet --out "$work/out")"
    [ "$got" = "$want" ] || { echo "mmmfixtures ${check#*:}: the $got build ran, not the $want one" >&2; exit 1; }
  done
  echo "tool package test: exports handed over as they should (this CPU runs the $expected build)"
fi
if [ -n "$keep" ]; then
  mkdir -p "$keep"
  cp -r "$folder" "$keep/installed"
  python3 -c 'import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); p = "tools/net10.0/any/"
for n in z.namelist():
    if n.startswith(p) and not n.endswith("/"): z.extract(n, sys.argv[2])' "$work/feed/MmmFixtures.Cli.any.$version.nupkg" "$work/any"
  mv "$work/any/tools/net10.0/any" "$keep/any"
fi
echo "tool package test: installed the $rid $build build of mmmfixtures $version and ran it"
