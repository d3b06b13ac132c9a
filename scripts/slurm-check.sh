#!/usr/bin/env bash
# Brings up a real single-node Slurm cluster on this machine from Debian's packages,
# submits a sharded batch through deploy/slurm/submit.sh (a 4-task array job and a merge
# job that depends on it), checks that the merged summary is byte for byte the unsharded
# batch's; then submits a batch too large for its one-minute time limit and checks that
# Slurm's SIGTERM leaves each shard a valid partial result and that merging the parts
# names the runs still missing. It stops every daemon it started. Run it with:
#
#   npm run test:slurm
#
# Needs root and apt-get (it installs slurmctld, slurmd, slurm-client and munge when they
# are missing). Everything else lives in a temporary folder; no systemd is needed.
set -uo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
WORK="$(mktemp -d /tmp/wargame-slurm.XXXXXX)"
chmod 755 "$WORK"
RUNS=${SLURM_CHECK_RUNS:-400}
SEED=${SLURM_CHECK_SEED:-7}
SCENARIO=${SLURM_CHECK_SCENARIO:-s400}
failures=0
pass() { echo "ok   $1"; }
fail() { echo "FAIL $1"; failures=$((failures + 1)); }
note() { echo "     $1"; }

# PID 1 here may reap late, so a dead daemon can linger as a zombie: read its state from
# /proc (Z is dead) rather than trusting kill -0.
alive() { [ -r "/proc/$1/stat" ] && [ "$(awk '{print $3}' "/proc/$1/stat" 2>/dev/null)" != Z ]; }
pid_of() { [ -s "$1" ] && cat "$1"; }
stop() { # stop PIDFILE NAME
  local pid
  pid=$(pid_of "$1") || return 0
  alive "$pid" || return 0
  kill "$pid" 2>/dev/null
  for _ in $(seq 50); do alive "$pid" || return 0; sleep 0.1; done
  kill -9 "$pid" 2>/dev/null
  note "$2 needed SIGKILL"
}
cleanup() {
  # Cancel jobs before the daemons go, or slurmd leaves job steps behind.
  if [ -n "${SLURM_CONF:-}" ] && command -v scancel >/dev/null; then
    scancel --quiet --user root 2>/dev/null
    for _ in $(seq 30); do [ -z "$(squeue -h 2>/dev/null)" ] && break; sleep 0.2; done
  fi
  stop "$WORK/slurmd.pid" slurmd
  stop "$WORK/slurmctld.pid" slurmctld
  stop "$WORK/munged.pid" munged
  rm -rf "$WORK"
}
trap cleanup EXIT

# 1. Packages.
if ! command -v slurmctld >/dev/null || ! command -v slurmd >/dev/null || ! command -v sbatch >/dev/null || ! command -v munged >/dev/null; then
  note "installing slurmctld slurmd slurm-client munge"
  { apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q slurmctld slurmd slurm-client munge; } > "$WORK/apt.log" 2>&1 \
    || { cat "$WORK/apt.log"; echo "FAIL could not install Slurm"; exit 1; }
fi
pass "Slurm and munge are installed ($(slurmctld -V))"

# 2. munge, with a key of our own and its own socket.
mkdir -p "$WORK/munge"
dd if=/dev/urandom of="$WORK/munge/munge.key" bs=1024 count=1 status=none
chmod 700 "$WORK/munge"
chmod 400 "$WORK/munge/munge.key"
SOCKET="$WORK/munge/munge.socket"
munged --force --key-file="$WORK/munge/munge.key" --socket="$SOCKET" --pid-file="$WORK/munged.pid" \
  --log-file="$WORK/munged.log" --seed-file="$WORK/munge/munged.seed" || { cat "$WORK/munged.log"; exit 1; }
for _ in $(seq 50); do [ -S "$SOCKET" ] && break; sleep 0.1; done
[ -S "$SOCKET" ] && pass "munged is up" || { fail "munged did not start"; cat "$WORK/munged.log"; exit 1; }

# 3. slurm.conf for one node: this machine, as slurmd -C describes it.
NODE_LINE=$(slurmd -C | head -1)
NODE_NAME=$(echo "$NODE_LINE" | sed -E 's/^NodeName=([^ ]+).*/\1/')
mkdir -p "$WORK/state" "$WORK/spool"
export SLURM_CONF="$WORK/slurm.conf"
cat > "$SLURM_CONF" <<CONF
ClusterName=wargame-check
SlurmctldHost=$NODE_NAME
SlurmUser=root
AuthType=auth/munge
CredType=cred/munge
AuthInfo=socket=$SOCKET
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
MailProg=/bin/true
StateSaveLocation=$WORK/state
SlurmdSpoolDir=$WORK/spool
SlurmctldPidFile=$WORK/slurmctld.pid
SlurmdPidFile=$WORK/slurmd.pid
SlurmctldLogFile=$WORK/slurmctld.log
SlurmdLogFile=$WORK/slurmd.log
SlurmctldPort=${SLURM_CHECK_PORT:-16817}
SlurmdPort=$(( ${SLURM_CHECK_PORT:-16817} + 1 ))
SchedulerType=sched/backfill
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
ReturnToService=2
JobCompType=jobcomp/none
AccountingStorageType=accounting_storage/none
# At a job's time limit slurmd sends SIGTERM, then SIGKILL KillWait seconds later: a shard
# needs only a moment to write its partial result, but give it room on a busy machine.
KillWait=15
$NODE_LINE State=UNKNOWN
PartitionName=check Nodes=$NODE_NAME Default=YES MaxTime=INFINITE State=UP
CONF
sed -i -E 's/ (UpTime|Boards)=[^ ]*//g' "$SLURM_CONF"

# 4. The daemons.
slurmctld -f "$SLURM_CONF" -i || { cat "$WORK/slurmctld.log"; exit 1; }
slurmd -f "$SLURM_CONF" || { cat "$WORK/slurmd.log"; exit 1; }
up=""
for _ in $(seq 150); do
  state=$(sinfo -h -N -o '%t' 2>/dev/null | head -1)
  case "$state" in idle*|mix*|alloc*) up=yes; break ;; esac
  sleep 0.2
done
if [ -n "$up" ]; then pass "slurmctld and slurmd are up; node $NODE_NAME is $state"; else
  fail "the node did not come up (state '${state:-none}')"; tail -20 "$WORK/slurmctld.log" "$WORK/slurmd.log"; exit 1
fi

# 5. A sharded batch through the deploy scripts, and the same batch unsharded.
OUT="$WORK/out"
export WARGAME="node $ROOT/dist/cli/main.js"
jobs=$("$ROOT/deploy/slurm/submit.sh" "$SCENARIO" "$RUNS" "$SEED" 4 "$OUT") || { fail "sbatch refused the jobs"; exit 1; }
read -r array merge <<< "$jobs"
pass "submitted array job $array (4 shards) and merge job $merge"
done_state=""
for _ in $(seq 1800); do
  done_state=$(scontrol show job "$merge" 2>/dev/null | sed -nE 's/.*JobState=([A-Z_]+).*/\1/p')
  case "$done_state" in COMPLETED|FAILED|CANCELLED|TIMEOUT|NODE_FAIL|OUT_OF_MEMORY) break ;; esac
  sleep 0.2
done
[ "$done_state" = COMPLETED ] && pass "the merge job completed" || { fail "merge job ended $done_state"; cat "$OUT"/*.log 2>/dev/null; }
parts=$(ls "$OUT"/part-*.json 2>/dev/null | wc -l)
[ "$parts" = 4 ] && pass "four partial results, one per array task" || fail "$parts partial results, not 4"
$WARGAME batch "$SCENARIO" --runs "$RUNS" --seed "$SEED" --json --quiet > "$WORK/whole.json"
if cmp -s "$WORK/whole.json" "$OUT/summary.json"; then pass "the merged summary is byte for byte the unsharded batch's"; else
  fail "the merged summary differs from the unsharded batch's"; diff "$WORK/whole.json" "$OUT/summary.json" | head -20
fi

# 6. A batch that cannot finish in its time limit. Slurm enforces limits in whole minutes
# and looks every 30 s or so, so the shards run 60–90 s, then get SIGTERM; each must write
# the runs it finished as a valid part and exit, and the merge must name the gap.
LATE="$WORK/late"
LATE_RUNS=${SLURM_CHECK_LATE_RUNS:-20000000}
jobs=$("$ROOT/deploy/slurm/submit.sh" "$SCENARIO" "$LATE_RUNS" "$SEED" 2 "$LATE" --time=1) || { fail "sbatch refused the time-limited jobs"; exit 1; }
read -r late_array late_merge <<< "$jobs"
note "submitted array job $late_array (2 shards of $LATE_RUNS runs, --time=1) and merge job $late_merge"
# Every task of the array must end; wait at most 4 minutes (limit + check period + KillWait).
# A task reads TIMEOUT as soon as its SIGTERM is sent, so wait until squeue no longer lists
# it (it lists tasks still completing), when its processes are gone and its part written.
for _ in $(seq 1200); do
  [ -z "$(squeue -h -j "$late_array" 2>/dev/null)" ] && break
  sleep 0.2
done
late_states=$(scontrol show job "$late_array" 2>/dev/null | sed -nE 's/.*JobState=([A-Z_]+).*/\1/p' | sort -u | tr '\n' ' ')
[ "$late_states" = "TIMEOUT " ] && pass "both shards were ended by their time limit (TIMEOUT)" \
  || { fail "the time-limited shards ended '${late_states}', not TIMEOUT"; cat "$LATE"/*.log 2>/dev/null; }
for k in 0 1; do
  if grep -q "stopped by SIGTERM after" "$LATE"/wargame-shard-*_"$k".log 2>/dev/null; then pass "shard $k says it was stopped by SIGTERM"; else
    fail "shard $k's log does not say it was stopped by SIGTERM"; cat "$LATE"/wargame-shard-*_"$k".log 2>/dev/null
  fi
  # A valid part: JSON of this batch, starting where the shard starts and holding some but not all of its runs.
  if range=$(node -e '
    const [file, k, runs] = process.argv.slice(1);
    try {
      const p = JSON.parse(require("node:fs").readFileSync(file, "utf8"));
      const from = (Number(k) * Number(runs)) / 2, end = from + Number(runs) / 2;
      if (p.requested !== Number(runs) || p.from !== from || !(p.to > from && p.to < end)) throw new Error(`it holds runs ${p.from}–${p.to} of ${p.requested}`);
      console.log(`runs ${p.from}–${p.to}`);
    } catch (error) { console.log(error.message); process.exit(1); }
  ' "$LATE/part-$k.json" "$k" "$LATE_RUNS"); then pass "part-$k.json is a valid partial result ($range)"; else
    fail "part-$k.json is not a valid partial result: $range"
  fi
done
# The merge job waited for afterok, which can now never hold: Slurm must cancel it, not keep it pending.
merge_state=""
for _ in $(seq 150); do
  merge_state=$(scontrol show job "$late_merge" 2>/dev/null | sed -nE 's/.*JobState=([A-Z_]+).*/\1/p')
  [ "$merge_state" = PENDING ] || break
  sleep 0.2
done
[ "$merge_state" = CANCELLED ] && pass "the merge job was cancelled: its shards did not all succeed" || fail "the merge job is $merge_state, not CANCELLED"
$WARGAME merge "$LATE"/part-*.json --json > "$WORK/late-summary.json" 2> "$WORK/late-merge.err"
code=$?
if [ "$code" = 65 ] && grep -qE "^runs [0-9]+–$((LATE_RUNS / 2)) are missing" "$WORK/late-merge.err"; then
  pass "the follow-up merge exits 65 naming the missing runs: $(head -1 "$WORK/late-merge.err")"
else
  fail "the follow-up merge exited $code: $(cat "$WORK/late-merge.err")"
fi

echo
[ "$failures" = 0 ] && echo "all Slurm checks passed" || echo "$failures Slurm check(s) failed"
exit $(( failures > 0 ))
