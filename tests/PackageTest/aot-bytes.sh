#!/usr/bin/env bash
# The installed tool (Native AOT on this platform) writes the same bytes as the portable JIT package: for one preset
# per family, CSV and Parquet, every file of the export has the same SHA-256 under both builds.
#   bash tests/PackageTest/aot-bytes.sh KEEP     where KEEP is the folder `tests/PackageTest/tool.sh KEEP` filled
set -euo pipefail
keep="${1:?usage: aot-bytes.sh KEEP (the folder tool.sh KEEP filled)}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
if head -c 4 "$keep/installed/MmmFixtures.Cli" 2>/dev/null | grep -q "ELF"; then
  installed=("$keep/installed/MmmFixtures.Cli") build="Native AOT"
else
  installed=(dotnet "$keep/installed/MmmFixtures.Cli.dll") build="ReadyToRun"
fi
jit=(dotnet "$keep/any/MmmFixtures.Cli.dll")
# Every file's relative path and SHA-256, sorted: equal listings mean equal exports.
hashes() { (cd "$1" && find . -type f -print0 | sort -z | xargs -0 sha256sum); }
compared=0
for run in "mmm --preset Basic" "clickstream --preset Small" "commerce --preset Small"; do
  read -r -a args <<<"$run"
  "${installed[@]}" "${args[@]}" --format both --quiet --out "$work/installed" >/dev/null
  "${jit[@]}" "${args[@]}" --format both --quiet --out "$work/jit" >/dev/null
  if ! diff <(hashes "$work/installed") <(hashes "$work/jit") >"$work/diff"; then
    cat "$work/diff"
    echo "aot bytes test: '$run' differs between the $build build and the JIT build" >&2
    exit 1
  fi
  compared=$((compared + $(find "$work/jit" -type f | wc -l)))
done
echo "aot bytes test: the $build build and the JIT build wrote the same $compared files (3 presets, CSV and Parquet)"
