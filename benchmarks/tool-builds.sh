#!/usr/bin/env bash
# Whole-process figures of the installed tool's two builds on this machine, Native AOT (this platform's package: on
# linux-x64 the x86-64-v2 entry point with its x86-64-v3 twin, which large exports are handed to) and ReadyToRun (the
# other platforms' packages, and this one's with -p:ToolNativeAot=false): for each case, the median wall time over RUNS
# runs (hyperfine when installed, interleaved otherwise), the CPU time (user + system) and peak RSS of one more run, the
# export's bytes and its MB/s (export bytes / median time; MB = 10^6 bytes), and the build that wrote it (the export
# summary's last line: x86-64-v2 or x86-64-v3 for Native AOT, "-" where it does not say). On a busy machine the wall
# times stretch; the CPU times much less. MMMFIXTURES_ISA=baseline keeps every run on the entry point.
#   bash benchmarks/tool-builds.sh [case…]
# Cases: presets basic mmm-100x260x10 mmm-1000x520x50 clickstream-large clickstream-10x-large (default: all of them).
# RUNS=n sets the runs of the short cases (default 20; the long ones take max(3, n/4)). BUILDS=folder keeps the two
# published builds there (folder/aot, folder/r2r) and reuses them on the next run.
set -euo pipefail
cd "$(dirname "$0")/.."
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
runs="${RUNS:-20}"
long_runs=$(( runs / 4 > 3 ? runs / 4 : 3 ))
rid="$(dotnet --info | sed -n 's/^ *RID: *//p')"
builds="${BUILDS:-$work}"
if [ ! -x "$builds/aot/MmmFixtures.Cli" ] || [ ! -x "$builds/r2r/MmmFixtures.Cli" ]; then
  echo "publishing both builds for $rid into $builds"
  start=$SECONDS
  dotnet publish src/MmmFixtures.Cli -c Release -r "$rid" -o "$builds/aot" >/dev/null
  echo "  Native AOT: $((SECONDS - start)) s"
  start=$SECONDS
  dotnet publish src/MmmFixtures.Cli -c Release -r "$rid" -p:ToolNativeAot=false -o "$builds/r2r" >/dev/null
  echo "  ReadyToRun: $((SECONDS - start)) s"
fi
head -c 4 "$builds/aot/MmmFixtures.Cli" | grep -q "ELF" || { echo "the AOT build is not a native executable (is clang installed?)" >&2; exit 1; }

spec_tool="$builds/aot/MmmFixtures.Cli"
source benchmarks/cases.sh
# Median wall seconds of RUNS runs of each build, interleaved when timing by hand.
medians() { # runs args… -> "aot_median r2r_median"
  local n="$1"; shift
  if command -v hyperfine >/dev/null; then
    hyperfine -N --warmup 2 --runs "$n" --export-json "$work/h.json" \
      -n aot "$builds/aot/MmmFixtures.Cli $*" -n r2r "$builds/r2r/MmmFixtures.Cli $*" >/dev/null 2>"$work/hyperfine.log"
    python3 -c 'import json, sys; r = json.load(open(sys.argv[1]))["results"]; print(r[0]["median"], r[1]["median"])' "$work/h.json"
  else
    for build in aot r2r; do "$builds/$build/MmmFixtures.Cli" "$@" >/dev/null; done # warm the file cache
    for i in $(seq "$n"); do
      for build in aot r2r; do
        local t0; t0=$(date +%s%N); "$builds/$build/MmmFixtures.Cli" "$@" >/dev/null
        echo "$build $(( $(date +%s%N) - t0 ))"
      done
    done | python3 -c 'import sys, statistics as s; d = {}
for line in sys.stdin: b, ns = line.split(); d.setdefault(b, []).append(int(ns) / 1e9)
print(s.median(d["aot"]), s.median(d["r2r"]))'
  fi
}

printf "%-22s %-10s %11s %8s %10s %13s %7s %10s\n" case build median CPU "peak RSS" export MB/s ran
for case in ${*:-$bench_cases}; do
  read -r -a args <<<"$(arguments "$case")"
  n="$runs"
  long_case "$case" && n=$long_runs
  read -r aot_median r2r_median <<<"$(medians "$n" "${args[@]}")"
  for build in aot r2r; do
    rm -rf "$work/out"
    /usr/bin/time -f "%M %U %S" -o "$work/rss" "$builds/$build/MmmFixtures.Cli" "${args[@]}" >"$work/stdout"
    ran="$(tail -1 "$work/stdout" | sed -n 's/.*(\(.*\) build)$/\1/p')"
    bytes=0
    [ -d "$work/out" ] && bytes=$(du -sb "$work/out" | cut -f1)
    median=$aot_median; label="Native AOT"
    [ "$build" = r2r ] && median=$r2r_median label="ReadyToRun"
    read -r rss user system <"$work/rss"
    awk -v c="$case" -v b="$label" -v m="$median" -v r="$rss" -v u="$user" -v s="$system" -v x="$bytes" -v ran="${ran:--}" 'BEGIN {
      rate = x > 0 ? sprintf("%.0f", x / 1e6 / m) : "-"
      printf "%-22s %-10s %8.1f ms %6.2f s %7.0f MB %10.2f MB %7s %10s\n", c, b, m * 1000, u + s, r / 1024, x / 1e6, rate, ran }'
  done
done
echo "($runs runs of the short cases, $long_runs of the long ones; $(nproc) processors; $(date -u +%Y-%m-%d))"
