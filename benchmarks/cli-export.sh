#!/usr/bin/env bash
# Whole-process timing of the mmmfixtures CLI writing an export, as a user runs the installed tool:
# publishes it ReadyToRun, writes the benchmark shape's spec, then times N runs and prints figures.
#   bash benchmarks/cli-export.sh [geos periods channels] [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
geos="${1:-100}" periods="${2:-260}" channels="${3:-10}" runs="${4:-5}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
rid="linux-x64"
[ "$(uname -m)" = "aarch64" ] && rid="linux-arm64"
dotnet publish src/MmmFixtures.Cli -c Release -r "$rid" --self-contained false -p:PublishReadyToRun=true -o "$work/cli" >/dev/null
dotnet run -c Release --project benchmarks/MmmFixtures.Benchmarks -- --write-spec "$geos" "$periods" "$channels" "$work/spec.json" >/dev/null
echo "shape: $geos geos x $periods periods x $channels channels ($((geos * periods)) rows)"
times=()
for i in $(seq "$runs"); do
  start=$(date +%s%N)
  "$work/cli/MmmFixtures.Cli" mmm --spec "$work/spec.json" --out "$work/out" >/dev/null
  end=$(date +%s%N)
  times+=("$(( (end - start) / 1000000 ))")
done
printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $1 } END { printf "whole process: min %.3f s, median %.3f s, max %.3f s over %d runs\n", a[1] / 1000, a[int((NR + 1) / 2)] / 1000, a[NR] / 1000, NR }'
du -b "$work/out"/* | awk '{ printf "  %-22s %10d bytes\n", substr($2, match($2, /[^\/]*$/)), $1 }'
