#!/usr/bin/env bash
# Queues the shards as one array job and the merge after it (afterok: only when every shard succeeded):
#   SPEC=clickstream.json RUN=/shared/run bash deploy/slurm/submit.sh
# A failed shard is rerun alone (`sbatch --array=5 deploy/slurm/shards.sbatch`) and writes the same bytes; then
# queue merge.sbatch again.
set -euo pipefail
here="$(dirname "$0")"
export SPEC="${SPEC:-spec.json}" RUN="${RUN:-run}"
shards_job=$(sbatch --parsable "$here/shards.sbatch")
sbatch --dependency="afterok:$shards_job" "$here/merge.sbatch"
