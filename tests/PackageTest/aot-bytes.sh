#!/usr/bin/env bash
# The installed tool (Native AOT on this platform) writes the same bytes as the portable JIT package: for one preset
# per family, CSV and Parquet, every file of the export has the same SHA-256 under both builds. Where the installed
# tool carries an x86-64-v3 twin and this CPU runs it, the twin writes the same bytes as the x86-64-v2 entry point too,
# for the same presets and an MMM panel of 100×260×10's size (LargeBusiness, 50 geos × 208 weeks × 30 channels).
#   bash tests/PackageTest/aot-bytes.sh KEEP     where KEEP is the folder `tests/PackageTest/tool.sh KEEP` filled
set -euo pipefail
keep="${1:?usage: aot-bytes.sh KEEP (the folder tool.sh KEEP filled)}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# The entry point alone (no hand-over to the twin): it is the build compared with the JIT, and with the twin.
export MMMFIXTURES_ISA=baseline
if head -c 4 "$keep/installed/MmmFixtures.Cli" 2>/dev/null | grep -q "ELF"; then
  installed=("$keep/installed/MmmFixtures.Cli") build="Native AOT"
else
  installed=(dotnet "$keep/installed/MmmFixtures.Cli.dll") build="ReadyToRun"
fi
jit=(dotnet "$keep/any/MmmFixtures.Cli.dll")
twin="$keep/installed/MmmFixtures.Cli.x86-64-v3"
# Every file's relative path and SHA-256, sorted: equal listings mean equal exports.
hashes() { (cd "$1" && find . -type f -print0 | sort -z | xargs -0 sha256sum); }
same() { # run label A… -- B…: the export of `run` by A and by B
  local run="$1" label="$2"; shift 2
  local a=() b=(); while [ "$1" != "--" ]; do a+=("$1"); shift; done; shift; b=("$@")
  read -r -a args <<<"$run"
  "${a[@]}" "${args[@]}" --format both --quiet --out "$work/a" >/dev/null
  "${b[@]}" "${args[@]}" --format both --quiet --out "$work/b" >/dev/null
  if ! diff <(hashes "$work/a") <(hashes "$work/b") >"$work/diff"; then
    cat "$work/diff"
    echo "aot bytes test: '$run' differs between $label" >&2
    exit 1
  fi
  compared=$((compared + $(find "$work/b" -type f | wc -l)))
}
compared=0
for run in "mmm --preset Basic" "clickstream --preset Small" "commerce --preset Small"; do
  same "$run" "the $build build and the JIT build" "${installed[@]}" -- "${jit[@]}"
done
echo "aot bytes test: the $build build and the JIT build wrote the same $compared files (3 presets, CSV and Parquet)"
if [ -x "$twin" ]; then
  if "$twin" --version >/dev/null 2>&1; then
    compared=0
    for run in "mmm --preset Basic" "clickstream --preset Small" "commerce --preset Small" "mmm --preset LargeBusiness"; do
      same "$run" "the x86-64-v2 entry point and its x86-64-v3 twin" "${installed[@]}" -- "$twin"
    done
    echo "aot bytes test: the x86-64-v2 entry point and its x86-64-v3 twin wrote the same $compared files (4 presets, CSV and Parquet)"
  else
    echo "aot bytes test: this CPU does not run the x86-64-v3 twin: its bytes are not compared here"
  fi
fi
