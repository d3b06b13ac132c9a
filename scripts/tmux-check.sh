#!/usr/bin/env bash
# Drives the built `wargame` CLI in a real terminal (tmux, 100×30) and reads the screen,
# checking what issue #3 asks of `wargame play`. Run it after `npm ci` with:
#
#   npm run test:tmux
#
# It uses a private tmux server and a temporary folder, and prints one line per check.
set -uo pipefail
command -v tmux >/dev/null || { echo "tmux is not installed: apt-get install tmux"; exit 2; }

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BIN="node $ROOT/dist/cli/main.js"
WORK="$(mktemp -d)"
SOCKET="wargame-check-$$"
failures=0
t() { tmux -L "$SOCKET" "$@"; }
trap 't kill-server 2>/dev/null; rm -rf "$WORK"' EXIT

screen() { t capture-pane -t check -p; }
pass() { echo "ok   $1"; }
fail() { echo "FAIL $1"; echo "---- screen ----"; screen; echo "----------------"; failures=$((failures + 1)); }
# wait_for PATTERN DESCRIPTION: poll the screen for up to 10 s.
wait_for() {
  for _ in $(seq 100); do screen | grep -qF -- "$1" && { pass "$2"; return 0; }; sleep 0.1; done
  fail "$2 (waited for: $1)"
  return 1
}
start() { # start COMMAND...: a fresh 100×30 terminal running the command, then a shell report
  t kill-server 2>/dev/null
  # The old server takes a moment to go; starting a new one too soon can fail, so retry.
  for _ in $(seq 50); do
    t new-session -d -s check -x 100 -y 30 "cd $WORK && $* ; echo \"EXIT=\$?\"; stty -a | grep -o -- '-\\?icanon'; sleep 300" 2>/dev/null && return 0
    sleep 0.1
  done
  echo "FAIL could not start tmux"; failures=$((failures + 1))
}

echo "# wargame play hormuz at 100×30"
start "$BIN play hormuz"
wait_for "Iran threatens to close the Strait of Hormuz" "header shows the scenario title"
wait_for "turn 1 of 14 · seed 1 · escalation rung" "header shows turn, seed and escalation rung"
wait_for "Oil flow through Hormuz" "world bars are on screen"
wait_for "Timeline 14/14 turns played" "timeline is on screen"
wait_for "Turn 1 · China (decided by the model)" "decision panel is on screen"
wait_for "weight × value = contribution" "terms panel is on screen"
t send-keys -t check Right
wait_for "turn 2 of 14" "→ advances the turn counter"
t send-keys -t check Left
wait_for "turn 1 of 14" "← returns"
t send-keys -t check q
wait_for "EXIT=0" "q exits with status 0"
if screen | grep -qx "icanon"; then pass "the terminal is back in cooked mode"; else fail "the terminal is back in cooked mode"; fi
if screen | grep -q "Timeline"; then fail "the UI is cleared from the screen"; else pass "the UI is cleared from the screen"; fi

echo "# Ctrl-C"
start "$BIN play s400"
wait_for "Turn 1 · Russia" "s400 opens"
t send-keys -t check C-c
wait_for "EXIT=" "Ctrl-C exits"
if screen | grep -qx "icanon"; then pass "Ctrl-C leaves the terminal in cooked mode"; else fail "Ctrl-C leaves the terminal in cooked mode"; fi

echo "# SIGTERM"
start "$BIN play strike"
wait_for "Turn 1 · Iran" "strike opens"
pkill -TERM -f "^node $ROOT/dist/cli/main.js play strike"
wait_for "EXIT=" "SIGTERM exits"
if screen | grep -qx "icanon"; then pass "SIGTERM leaves the terminal in cooked mode"; else fail "SIGTERM leaves the terminal in cooked mode"; fi
if screen | grep -q "Timeline"; then fail "SIGTERM clears the UI"; else pass "SIGTERM clears the UI"; fi

echo "# wargame play hormuz --as iran, played to the end and saved"
start "$BIN play hormuz --as iran"
wait_for "Your move, Iran" "Iran's seat waits for a person"
wait_for "turn 7 of 14 · your move" "at turn 7"
t send-keys -t check Enter
wait_for "turn 14 of 14 · your move" "the model plays on to Iran's next turn"
t send-keys -t check Enter
wait_for "(decided by a person)" "the person's last choice is played"
t send-keys -t check s
wait_for "saved wargame-hormuz-seed1.json" "s saves the run record"
t send-keys -t check q
wait_for "EXIT=0" "q exits with status 0"
if [ -f "$WORK/wargame-hormuz-seed1.json" ]; then pass "the record file exists"; else fail "the record file exists"; fi

echo "# wargame replay of that file"
played="$(cd "$WORK" && $BIN replay wargame-hormuz-seed1.json | grep -E '^Turn [0-9]+ ')"
humans="$(echo "$played" | grep -c 'played by a person')"
[ "$humans" = "2" ] && pass "the replayed log shows Iran's two turns played by a person" || fail "the replayed log shows two human turns (got $humans)"
start "$BIN replay wargame-hormuz-seed1.json"
wait_for "turn 1 of 14" "replay opens in the UI"
t send-keys -t check End
wait_for "14 Iran → keep_pressure ✋" "replay steps to the same last turn, marked as a person's"
wait_for " 7 Iran → keep_pressure ✋" "and the same turn 7"
t send-keys -t check q

echo "# wargame play hormuz > out.txt"
(cd "$WORK" && $BIN play hormuz > out.txt 2> err.txt); status=$?
[ "$status" = "2" ] && pass "exits 2" || fail "exits 2 (got $status)"
[ ! -s "$WORK/out.txt" ] && pass "writes nothing to stdout" || fail "writes nothing to stdout"
[ "$(wc -l < "$WORK/err.txt")" = "1" ] && pass "explains in one line: $(cat "$WORK/err.txt")" || fail "explains in one line"

echo
if [ "$failures" = 0 ]; then echo "all checks passed"; else echo "$failures check(s) failed"; exit 1; fi
