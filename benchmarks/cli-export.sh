#!/usr/bin/env bash
# Whole-process timing of the mmmfixtures CLI writing an export, as a user runs the installed tool (the
# tool package for this platform is Native AOT; this publishes the same build, or the ReadyToRun one with
# BUILD=readytorun), then N timed runs (benchmarks/tool-builds.sh compares the two builds on every case):
#   bash benchmarks/cli-export.sh [geos periods channels] [runs]     MMM panel of that shape (default 100 260 10)
#   bash benchmarks/cli-export.sh clickstream [preset] [runs]        clickstream preset (default Large)
#   bash benchmarks/cli-export.sh commerce [preset] [runs] [layout…]  commerce preset (default Default), streamed tenant by tenant,
#                                                                      with order lines per second
# FORMATS="csv parquet" (the default: csv) times each --format in turn and prints its median and its tables' bytes,
# so Parquet and CSV are compared on the same build, spec and machine.
set -euo pipefail
cd "$(dirname "$0")/.."
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
rid="linux-x64"
[ "$(uname -m)" = "aarch64" ] && rid="linux-arm64"
native=true
[ "${BUILD:-}" = "readytorun" ] && native=false
dotnet publish src/MmmFixtures.Cli -c Release -r "$rid" -p:ToolNativeAot=$native -o "$work/cli" >/dev/null
if [ "${1:-}" = "clickstream" ]; then
  preset="${2:-Large}" runs="${3:-7}"
  command=("$work/cli/MmmFixtures.Cli" clickstream --preset "$preset")
  echo "clickstream preset $preset"
elif [ "${1:-}" = "commerce" ]; then
  preset="${2:-Default}" runs="${3:-5}"
  command=("$work/cli/MmmFixtures.Cli" commerce --preset "$preset")
  for layout in "${@:4}"; do command+=(--layout "$layout"); done
  echo "commerce preset $preset${4:+ with layouts ${*:4}}"
else
  geos="${1:-100}" periods="${2:-260}" channels="${3:-10}" runs="${4:-5}"
  dotnet run -c Release --project benchmarks/MmmFixtures.Benchmarks -- --write-spec "$geos" "$periods" "$channels" "$work/spec.json" >/dev/null
  command=("$work/cli/MmmFixtures.Cli" mmm --spec "$work/spec.json")
  echo "shape: $geos geos x $periods periods x $channels channels ($((geos * periods)) rows)"
fi
for format in ${FORMATS:-csv}; do
  echo "--format $format"
  rm -f "$work"/time.*
  for i in $(seq "$runs"); do
    /usr/bin/time -f "%e %U %S %M" -o "$work/time.$i" "${command[@]}" --format "$format" --out "$work/out" >/dev/null
  done
  cat "$work"/time.* | sort -n | awk '{ w[NR] = $1; c[NR] = $2 + $3; m[NR] = $4 } END {
    printf "whole process: min %.3f s, median %.3f s, max %.3f s over %d runs (CPU of the median run %.2f s, peak RSS %d MB)\n",
      w[1], w[int((NR + 1) / 2)], w[NR], NR, c[int((NR + 1) / 2)], m[int((NR + 1) / 2)] / 1024 }'
  du -b "$work/out"/* | awk '{ printf "  %-26s %12d bytes\n", substr($2, match($2, /[^\/]*$/)), $1 }'
  find "$work/out" -maxdepth 1 -name "*.$format" -printf "%s\n" 2>/dev/null | awk -v f="$format" '{ t += $1 } END { if (NR) printf "  tables (*.%s): %d bytes\n", f, t }'
  if [ "${1:-}" = "commerce" ]; then
    lines=$(find "$work/out" -mindepth 2 -maxdepth 2 -name orders.csv -exec cat {} + | wc -l)
    tenants=$(find "$work/out" -mindepth 2 -maxdepth 2 -name orders.csv | wc -l)
    [ "$tenants" -gt 0 ] && cat "$work"/time.* | sort -n | awk -v n="$((lines - tenants))" '{ w[NR] = $1 } END {
      printf "  order lines: %d, %.2f M order lines/s whole process (median run)\n", n, n / w[int((NR + 1) / 2)] / 1e6 }'
  fi
done
