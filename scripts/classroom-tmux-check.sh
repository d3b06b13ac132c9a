#!/usr/bin/env bash
# A class in real terminals: `wargame host` with its instructor console in one tmux window,
# two groups' `wargame join` seats in two others, all on loopback. Plays a hosted hormuz
# game in which the instructor injects an event and holds one back from the console, kills
# the host with SIGKILL mid-game and resumes it from its journal (the seats reconnect by
# themselves), ends the game from the console, and replays the records.
# Run after a build with `npm run test:tmux:classroom`; needs tmux. One line per check.
set -uo pipefail
command -v tmux >/dev/null || { echo "tmux is not installed: apt-get install tmux"; exit 2; }

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BIN="node $ROOT/dist/cli/main.js"
WORK="$(mktemp -d)"
SOCKET="wargame-class-$$"
failures=0
t() { tmux -L "$SOCKET" "$@"; }
trap 't kill-server 2>/dev/null; rm -rf "$WORK"' EXIT

screen() { t capture-pane -t "$1" -p; }
pass() { echo "ok   $1"; }
fail() { echo "FAIL $1"; echo "---- $2 ----"; screen "$2"; echo "----------------"; failures=$((failures + 1)); }
# wait_for WINDOW PATTERN DESCRIPTION: poll the window's screen for up to 15 s.
wait_for() {
  for _ in $(seq 150); do screen "$1" | grep -qE -- "$2" && { pass "$3"; return 0; }; sleep 0.1; done
  fail "$3 (waited for: $2)" "$1"
  return 1
}
# window NAME COMMAND: a 100×30 window running the command (exec'd, so the pane's pid is its pid).
window() {
  if t has-session 2>/dev/null; then t new-window -d -n "$1" "cd $WORK && exec $2"; else t new-session -d -s class -n "$1" -x 100 -y 30 "cd $WORK && exec $2"; fi
  t set-option -t "$1" remain-on-exit on >/dev/null
}
code_of() { screen host | grep -E "^  $1 +[2-9A-Z]{4}-" | head -1 | awk '{print $NF}'; }
# play_turn: the seat the console shows to move plays its first option; waits until the console's turn moves on.
play_turn() {
  local before seat
  for _ in $(seq 150); do
    before=$(screen host | grep -oE '^turn [0-9]+ of 14' | head -1)
    seat=$(screen host | grep 'to move for' | grep -oE 'United States|Russia' | head -1)
    [ -n "$before" ] && [ -n "$seat" ] && break
    sleep 0.1
  done
  [ "$seat" = "Russia" ] && seat=russia || seat=usa
  wait_for "$seat" "· your move" "the $seat seat is to move" >/dev/null
  t send-keys -t "$seat" Enter
  for _ in $(seq 150); do
    screen host | grep -q "^$before " || return 0
    sleep 0.1
  done
  fail "the game moves on from $before" host
}

# Russia beside the US, so the US moves first: a seated Iran would first answer China's pressure.
echo "# wargame host hormuz --seats usa,russia, with its console"
window host "$BIN host hormuz --seats usa,russia --seed 2 --port 0 --bind 127.0.0.1 --save-dir $WORK"
wait_for host "students open http://127\.0\.0\.1:[0-9]+/" "the host prints the address"
wait_for host "○ Russia +\(no group yet\) +not connected" "the console lists the seats, none connected"
ADDRESS=$(screen host | grep -oE '127\.0\.0\.1:[0-9]+' | head -1)
PORT=${ADDRESS##*:}
USA=$(code_of "United States")
RUSSIA=$(code_of "Russia")

echo "# two groups join"
window usa "$BIN join $ADDRESS --code $USA --group 'Table 1'"
window russia "$BIN join $ADDRESS --code $(echo "$RUSSIA" | tr 'A-Z' 'a-z') --group 'Table 2'"
wait_for host "● United States +Table 1 +connected" "the console shows Table 1 connected"
wait_for host "● Russia +Table 2 +connected" "the console shows Table 2 connected (its code typed in lower case)"
wait_for usa "Your move, United States" "the US seat shows its options"
wait_for russia "Waiting for United States" "Russia's seat waits, and sees no US options"
if screen russia | grep -q "Strike Iran's nuclear sites"; then fail "Russia never sees the US's pending options" russia; else pass "Russia never sees the US's pending options"; fi

echo "# the instructor injects an event and decides a chance result from the console"
t send-keys -t host i
wait_for host "Inject an event at the next turn, whatever its chance" "i lists the events to inject"
t send-keys -t host Enter
wait_for host "orders: next turn: inject A tanker is harassed in the strait" "Enter gives the order; the console shows it waiting"
t send-keys -t host c
wait_for host "Decide a chance result instead of the dice" "c lists the chance results to decide"
t send-keys -t host Up
wait_for host "▸ Fighting flares in Ukraine does not happen" "↑ from the top reaches the last: an event held back"
t send-keys -t host Enter
wait_for host "hold back Fighting flares in Ukraine" "both orders wait for the next turn"

echo "# play, then kill -9 the host"
play_turn
wait_for host "turn [0-9]+: the instructor injected: A tanker is harassed in the strait \\(the model's chance" "the console logs the inject as played, with the model's chance"
wait_for host "turn [0-9]+: the instructor held back: Fighting flares in Ukraine" "and the event held back"
wait_for russia "the instructor injected: A tanker is" "Russia's seat hears the inject as news, as the instructor's doing"
play_turn
wait_for host "turn [0-9]+: Russia \(Table 2\) at 127\.0\.0\.1 played" "the console logs Russia's move"
kill -KILL "$(t display-message -p -t host '#{pane_pid}')"
wait_for usa "connection lost; reconnecting" "the US seat says the connection is lost"

echo "# resume from the journal"
t kill-window -t host
window host "$BIN host --resume $WORK/wargame-hormuz-seed2.journal --port $PORT --bind 127.0.0.1 --save-dir $WORK"
wait_for host "● United States +Table 1 +connected" "after --resume, the US seat is back by itself"
wait_for host "● Russia +Table 2 +connected" "and so is Russia's"
play_turn
play_turn
wait_for usa "Your moves: [0-9]+\. .* · [0-9]+\. " "the US seat lists both its moves"

echo "# the instructor ends the game"
t send-keys -t host e
wait_for host "End the game for everyone" "e asks first"
t send-keys -t host y
wait_for host "the game has ended" "y ends it"
wait_for russia "the game has ended" "the seats hear it"
for group in table-1 table-2; do
  file="$WORK/wargame-hormuz-$group-seed2.json"
  if [ -f "$file" ] && $BIN replay "$file" >/dev/null 2>&1; then pass "$group's record is written and replays"; else fail "$group's record is written and replays" host; fi
done
log="$($BIN replay "$WORK/wargame-hormuz-table-1-seed2.json" 2>&1)"
if echo "$log" | grep -qE "^  instructor injected: A tanker is harassed in the strait \(the model's chance was [0-9<>]+%\)$" && echo "$log" | grep -qE "^  instructor held back: Fighting flares in Ukraine"; then
  pass "the replayed record's log says what the instructor injected and held back"
else
  fail "the replayed record's log says what the instructor injected and held back" host
fi
t send-keys -t host q

echo
if [ "$failures" -eq 0 ]; then echo "all classroom terminal checks passed"; else echo "$failures classroom terminal check(s) failed"; exit 1; fi
