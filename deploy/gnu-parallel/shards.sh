#!/usr/bin/env bash
# Writes SHARDS shards of a clickstream spec with GNU parallel, then merges them into RUN/all:
#   bash deploy/gnu-parallel/shards.sh spec.json run                    on this machine, one job per processor
#   SHARDS=16 bash deploy/gnu-parallel/shards.sh spec.json run \
#     --sshlogin 2/:,4/node1,4/node2                                   here and on two machines (slots/host)
# Extra arguments go to parallel. Every machine needs mmmfixtures on its PATH and must see RUN and the spec at the
# same absolute path (a shared file system); without one, add --basefile <spec> --return <run>/shard-{} --cleanup and give
# relative paths. A failed shard is rerun alone with the same command line and writes the same bytes.
set -euo pipefail
spec="$1" run="$2"
shift 2
shards="${SHARDS:-8}"
mkdir -p "$run"
# -q: the command's words reach mmmfixtures as they are (paths with spaces); {} is the shard index. parallel runs one
# job per processor, so each shard writes on one thread.
seq 0 $((shards - 1)) | parallel -q --halt now,fail=1 "$@" \
  mmmfixtures clickstream --spec "$spec" --shard "{}/$shards" --out "$run/shard-{}" --threads 1 --quiet
# Every shard named (not a glob): a missing shard fails the merge instead of being left out.
folders=()
for ((k = 0; k < shards; k++)); do folders+=("$run/shard-$k"); done
mmmfixtures merge "${folders[@]}" --out "$run/all"
