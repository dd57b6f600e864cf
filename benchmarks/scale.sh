#!/usr/bin/env bash
# The scale figures of the installed tool (Native AOT, published as tool-builds.sh publishes it: on linux-x64 with its
# x86-64-v3 twin, which large exports are handed to), one table: for each case of cases.sh the median whole-process
# wall time of RUNS interleaved runs (one run of every case per round, so a busy spell slows all of them alike), the
# median run's CPU time (user + system), the peak RSS over the runs, the export's bytes and MB/s (bytes / median;
# MB = 10^6 bytes) and the build that wrote it (the summary's last line); then one clickstream written as 1 shard
# against 2 shards at once (each writing half the users) and their merge, when the tool has --shard.
# MMMFIXTURES_ISA=baseline bash benchmarks/scale.sh times the x86-64-v2 entry point alone (no hand-over).
#   bash benchmarks/scale.sh [case…]
# RUNS=n runs of the short cases (default 15; the long ones take max(3, n/5)). TOOL=path times that executable
# instead of publishing one; BUILDS=folder reuses the build of tool-builds.sh in folder/aot. SHARD_CASE=case picks the
# sharded clickstream (default clickstream-10x-large).
set -euo pipefail
cd "$(dirname "$0")/.."
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
runs="${RUNS:-15}"
long_runs=$(( runs / 5 > 3 ? runs / 5 : 3 ))
tool="${TOOL:-}"
if [ -z "$tool" ]; then
  builds="${BUILDS:-$work}"
  tool="$builds/aot/MmmFixtures.Cli"
  if [ ! -x "$tool" ]; then
    echo "publishing the Native AOT tool into $builds/aot"
    dotnet publish src/MmmFixtures.Cli -c Release -r "$(dotnet --info | sed -n 's/^ *RID: *//p')" -o "$builds/aot" >/dev/null
  fi
  head -c 4 "$tool" | grep -q "ELF" || { echo "the AOT build is not a native executable (is clang installed?)" >&2; exit 1; }
fi
spec_tool="$tool"
source benchmarks/cases.sh

# One line per case: its name, its number of runs, its command line (paths under $work: no spaces).
for case in ${*:-$bench_cases}; do
  n=$runs
  long_case "$case" && n=$long_runs
  echo "$case $n $tool $(arguments "$case" "$work/out-$case")"
done >"$work/cases"

# Shards: one clickstream written whole, then as shards 0/2 and 1/2 at once (default threads, then one thread each),
# and the merge of the two; skipped when the tool has no --shard.
shard_case="${SHARD_CASE:-clickstream-10x-large}"
if "$tool" clickstream --help | grep -q -- "--shard"; then
  read -r -a whole <<<"$(arguments "$shard_case" "$work/whole")"
  for k in 0 1; do read -r -a "shard$k" <<<"$(arguments "$shard_case" "$work/shard-$k")"; done
  {
    echo "1-shard $long_runs $tool ${whole[*]}"
    echo "2-shards $long_runs $tool ${shard0[*]} --shard 0/2 | $tool ${shard1[*]} --shard 1/2"
    echo "2-shards-1-thread $long_runs $tool ${shard0[*]} --shard 0/2 --threads 1 | $tool ${shard1[*]} --shard 1/2 --threads 1"
  } >"$work/shards"
else
  echo "(this tool has no --shard: the shard figures are skipped)"
  : >"$work/shards"
fi

python3 - "$work" <<'PY'
import os, shutil, statistics, subprocess, sys, time

work = sys.argv[1]

def parse(path):
    cases = []
    for line in open(path):
        name, runs, command = line.split(" ", 2)
        cases.append((name, int(runs), [part.split() for part in command.split(" | ")]))
    return cases

def outputs(commands):
    return [c[c.index("--out") + 1] for c in commands if "--out" in c]

def run(commands):
    """Starts the commands at once; returns wall seconds until the last ends, CPU seconds and the peak RSS (kB) summed,
    and the builds that ran (an export's summary ends "(x86-64-v3 build)"; "-" where it does not say)."""
    for out in outputs(commands):
        shutil.rmtree(out, ignore_errors=True)
    logs = [open(f"{work}/stdout-{i}", "w+") for i in range(len(commands))]
    start = time.perf_counter()
    children = [subprocess.Popen(c, stdout=log) for c, log in zip(commands, logs)]
    cpu = rss = 0
    for child in children:
        _, status, usage = os.wait4(child.pid, 0)
        child.returncode = os.waitstatus_to_exitcode(status)
        if child.returncode != 0:
            sys.exit(f"{' '.join(commands[children.index(child)])} exited {child.returncode}")
        cpu += usage.ru_utime + usage.ru_stime
        rss += usage.ru_maxrss
    wall = time.perf_counter() - start
    builds = set()
    for log in logs:
        log.seek(0)
        last = (log.read().strip().splitlines() or [""])[-1]
        builds.add(last[last.rindex("(") + 1:-len(" build)")] if last.endswith(" build)") else "-")
        log.close()
    return wall, cpu, rss, "/".join(sorted(builds))

def size(folder):
    return sum(os.path.getsize(os.path.join(d, f)) for d, _, files in os.walk(folder) for f in files)

def measure(cases):
    """Interleaved rounds: round r runs every case that has more than r runs."""
    results = {name: [] for name, _, _ in cases}
    for case in cases:  # warm the file cache and write each spec's output once
        run(case[2])
    for r in range(max(n for _, n, _ in cases)):
        for name, n, commands in cases:
            if r < n:
                results[name].append(run(commands))
    return results

def row(name, commands, timings):
    walls = sorted(t[0] for t in timings)
    median = statistics.median(walls)
    cpu = statistics.median(t[1] for t in timings)
    rss = max(t[2] for t in timings)
    written = sum(size(out) for out in outputs(commands))
    rate = f"{written / 1e6 / median:7.1f}" if written else "      -"
    wall = f"{median * 1000:9.1f} ms" if median < 1 else f"{median:10.2f} s"
    build = "/".join(sorted({t[3] for t in timings}))
    print(f"| {name:<24} | {wall} | {cpu:6.2f} s | {rss / 1024:6.0f} MB | {written / 1e6:9.2f} MB | {rate} | {len(walls):4d} | {build:<9} |")

cases = parse(f"{work}/cases")
print("| case                     | median wall  | CPU      | peak RSS  | written      | MB/s    | runs | build     |")
print("| ------------------------ | ------------ | -------- | --------- | ------------ | ------- | ---- | --------- |")
for name, timings in measure(cases).items():
    row(name, next(c for n, _, c in cases if n == name), timings)
shards = parse(f"{work}/shards")
if shards:
    for name, timings in measure(shards).items():
        row(name, next(c for n, _, c in shards if n == name), timings)
    tool = shards[0][2][0][0]
    merge = [[tool, "merge", f"{work}/shard-0", f"{work}/shard-1", "--out", f"{work}/merged"]]
    run(shards[1][2])
    row("merge of 2 shards", merge, [run(merge) for _ in range(shards[0][1])])
PY
echo "($runs runs of the short cases, $long_runs of the long ones; peak RSS of shards run at once is their sum;" \
  "$(nproc) processors; $(date -u +%Y-%m-%d))"
