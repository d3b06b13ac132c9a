#!/bin/sh
# Submits a wargame batch to Slurm as an array of SHARDS tasks and a merge job that runs
# when all of them have succeeded. Prints the two job ids.
#
#   deploy/slurm/submit.sh SCENARIO RUNS SEED SHARDS OUT_DIR [extra sbatch options…]
#
# OUT_DIR must be on a file system every node sees. WARGAME overrides the command
# (default `npx wargame`, run from the directory where wargame is installed).
set -eu
if [ $# -lt 5 ]; then
  echo "usage: $0 SCENARIO RUNS SEED SHARDS OUT_DIR [sbatch options…]" >&2
  exit 2
fi
scenario=$1 runs=$2 seed=$3 shards=$4 out=$5
shift 5
here=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$out"
export WARGAME_SCENARIO="$scenario" WARGAME_RUNS="$runs" WARGAME_SEED="$seed" WARGAME_OUT="$out"
array=$(sbatch --parsable --export=ALL --chdir="$out" --array="0-$((shards - 1))" "$@" "$here/wargame-shard.sbatch")
merge=$(sbatch --parsable --export=ALL --chdir="$out" --dependency="afterok:${array%%;*}" --kill-on-invalid-dep=yes "$@" "$here/wargame-merge.sbatch")
echo "$array $merge"
