#!/usr/bin/env bash
# Drives the built `wargame` CLI in a real terminal (tmux, 100×30 and the 80×24 minimum)
# and reads the screen, checking what issue #3 and the review of the UI ask of
# `wargame play`. Run it after `npm ci` with:
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
# wait_for_re REGEX DESCRIPTION: as wait_for, for an extended regular expression.
wait_for_re() {
  for _ in $(seq 100); do screen | grep -qE -- "$1" && { pass "$2"; return 0; }; sleep 0.1; done
  fail "$2 (waited for: $1)"
  return 1
}
# check CONDITION DESCRIPTION: pass or fail on a shell condition, evaluated now.
check() { if eval "$1"; then pass "$2"; else fail "$2"; fi; }
start() { # start COMMAND...: a fresh COLS×ROWS terminal (100×30 by default) running the command, then a shell report
  t kill-server 2>/dev/null
  # The old server takes a moment to go; starting a new one too soon can fail, so retry.
  for _ in $(seq 50); do
    t new-session -d -s check -x "${COLS:-100}" -y "${ROWS:-30}" "cd $WORK && $* ; echo \"EXIT=\$?\"; stty -a | grep -o -- '-\\?icanon'; sleep 300" 2>/dev/null && return 0
    sleep 0.1
  done
  echo "FAIL could not start tmux"; failures=$((failures + 1))
}

echo "# wargame play hormuz at 100×30"
start "$BIN play hormuz"
wait_for "Iran threatens to close the Strait of Hormuz" "header shows the scenario title"
wait_for "turn 1 of 14 · seed 1 · escalation rung" "header shows turn, seed and escalation rung"
wait_for "Oil flow through Hormuz" "world bars are on screen"
wait_for "Timeline 1/14 turns played" "timeline is on screen, with only the turns stepped through"
wait_for "Turn 1 · China (by the model)" "decision panel is on screen"
wait_for "weight × value" "terms panel is on screen"
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
wait_for "EXIT=130" "Ctrl-C exits with status 130, like an interrupted batch"
wait_for "interrupted with Ctrl-C" "and says so"
if screen | grep -qx "icanon"; then pass "Ctrl-C leaves the terminal in cooked mode"; else fail "Ctrl-C leaves the terminal in cooked mode"; fi

echo "# SIGTERM"
start "$BIN play strike"
wait_for "Turn 1 · Iran" "strike opens"
pkill -TERM -f "^node $ROOT/dist/cli/main.js play strike"
wait_for "EXIT=" "SIGTERM exits"
if screen | grep -qx "icanon"; then pass "SIGTERM leaves the terminal in cooked mode"; else fail "SIGTERM leaves the terminal in cooked mode"; fi
if screen | grep -q "Timeline"; then fail "SIGTERM clears the UI"; else pass "SIGTERM clears the UI"; fi

echo "# wargame play hormuz --as iran: Iran answers China's pressure itself, and the model's turns come as news"
start "$BIN play hormuz --as iran"
wait_for "China → Press Iran privately to step back. Your answer, Iran" "the seat, not the dice, answers China's pressure"
sleep 0.5; t send-keys -t check Down; sleep 0.3; t send-keys -t check Enter
wait_for "Iran answered: Iran holds its course" "the answer is the seat's"
wait_for "News since your move" "the model's turns after it are told as news"
t send-keys -t check Right
wait_for "Turn 2 · United States" "→ steps to the next news"
wait_for "event: The oil market" "the timeline names the events that fired"
t send-keys -t check q
wait_for "Discard 1 choice made by a person?" "q asks first: the answer was a person's choice"
t send-keys -t check y
wait_for "EXIT=0" "q exits"

echo "# wargame play hormuz --seed 62 --as iran, played to the end and saved"
start "$BIN play hormuz --seed 62 --as iran"
wait_for "Your move, Iran" "Iran's seat waits for a person"
wait_for "turn 7 of 14 · your move" "at turn 7"
sleep 0.5; t send-keys -t check Enter
wait_for "News since your move" "the model's turns are news"
sleep 0.3; t send-keys -t check End
wait_for "turn 14 of 14 · your move" "End skips the news to Iran's next turn"
sleep 0.3; t send-keys -t check Enter
wait_for "(by a person)" "the person's last choice is played"
t send-keys -t check s
wait_for "saved wargame-hormuz-seed62.json" "s saves the run record"
t send-keys -t check q
wait_for "EXIT=0" "q exits with status 0"
if [ -f "$WORK/wargame-hormuz-seed62.json" ]; then pass "the record file exists"; else fail "the record file exists"; fi

echo "# wargame replay of that file"
played="$(cd "$WORK" && $BIN replay wargame-hormuz-seed62.json | grep -E '^Turn [0-9]+ ')"
humans="$(echo "$played" | grep -c 'played by a person')"
[ "$humans" = "2" ] && pass "the replayed log shows Iran's two turns played by a person" || fail "the replayed log shows two human turns (got $humans)"
start "$BIN replay wargame-hormuz-seed62.json"
wait_for "turn 1 of 14" "replay opens in the UI"
t send-keys -t check End
# A long label wraps in the timeline, so the mark may sit on the line below the turn's.
wait_for_re "14 Iran → Hold course" "replay steps to the same last turn"
check 'screen | tr -d "\n" | grep -qE "14 Iran → Hold course[^▶]*✋"' "marked as a person's"
t send-keys -t check q

echo "# play s400 --as iran,russia --save-dir .scratch/saves: the save message, and s again"
for size in 100x30 80x24; do
  mkdir -p "$WORK/$size/.scratch/saves"
  COLS="${size%x*}" ROWS="${size#*x}" start "cd $size && $BIN play s400 --as iran,russia --save-dir .scratch/saves"
  for turn in 1 7 8 14; do
    wait_for "turn $turn of 14 · your move" "$size: a person's move at turn $turn" && t send-keys -t check Enter && sleep 0.3 && t send-keys -t check End
  done
  wait_for_re "Turn 14 · Iran \((by a |)person\)" "$size: the run is finished"
  t send-keys -t check s
  # The command must be whole on a line of its own, never cut at the screen's edge.
  wait_for_re "^wargame replay \.scratch/saves/wargame-s400-seed1\.json *$" "$size: s shows the whole command to reopen the record"
  t send-keys -t check s
  wait_for "already saved as .scratch/saves/wargame-s400-seed1.json" "$size: s again says it is already saved"
  saved="$(ls "$WORK/$size/.scratch/saves")"
  [ "$saved" = "wargame-s400-seed1.json" ] && pass "$size: and writes no second copy" || fail "$size: writes no second copy (found: $(echo $saved))"
  t send-keys -t check q
  wait_for "EXIT=0" "$size: q quits without asking, as the choices are saved"
done

echo "# wargame play hormuz at 80×24, the documented minimum"
# The same turn at 100×30 first: the numbers the narrow screen shows must be the same.
start "$BIN play hormuz"
wait_for "Turn 1 · China" "100×30 opens"
t send-keys -t check End
wait_for "turn 14 of 14" "End goes to turn 14"
wide="$(screen)"
COLS=80 ROWS=24 start "$BIN play hormuz"
wait_for "Turn 1 · China" "80×24 opens the stepper, not the too-small notice"
t send-keys -t check End
wait_for "turn 14 of 14" "End goes to turn 14 at 80×24"
narrow="$(screen)"
check '[ "$(echo "$narrow" | wc -l)" -le 24 ]' "the screen fits in 24 rows"
check 'echo "$narrow" | grep -qE "^World after turn 14 · change since turn 13 "' "the world heading is one line"
check 'echo "$narrow" | grep -qE "^  option +score +chance "' "the options table keeps its header"
options="$(echo "$narrow" | grep -cE "^[▶ ][✓ ][^ ].*[^ ] +−?[0-9]+\.[0-9]{2} +(<1|>99|[0-9]{1,3})%")"
# At the 80×24 minimum, 0.2.0's twelve world bars leave the options panel two rows and a
# "↓ more" line; larger terminals show more (the 100×30 checks above).
[ "$options" -ge 2 ] && pass "option rows show EU and probability in full ($options rows)" || fail "option rows show EU and probability (got $options)"
check '! echo "$narrow" | grep -q "%…"' "no probability is cut"
check 'echo "$narrow" | grep -q "Iran.s missile force" && echo "$narrow" | grep -q "more bars on a terminal of 30 rows or more"' "the first bars are on screen, the rest counted"
starts="$(echo "$narrow" | grep -E "^(Oil|Escalation|Iran.s|Russia.s) " | sed -E "s/[█░].*//" | awk "{ print length }" | sort -u | wc -l)"
[ "$starts" = "1" ] && pass "the bars start in one column" || fail "the bars start in one column ($starts different columns)"
check '! echo "$narrow" | grep -qE "north_korea|[a-z]_[a-z]+–"' "relations name the actors, not their ids"
# relation_values SCREEN: the value of each relation shown, one a line (names may be shortened).
relation_values() { echo "$1" | grep -oE "[A-Z][A-Za-z …]*–[A-Z][A-Za-z …]* [+−][0-9.]+" | awk '{ print $NF }'; }
cells="$(echo "$narrow" | grep -oE "[A-Z][A-Za-z …]*–[A-Z][A-Za-z …]* [+−][0-9.]+")"
missing="$(relation_values "$narrow" | while read -r v; do relation_values "$wide" | grep -qxF -- "$v" || echo "$v"; done)"
[ -n "$cells" ] && [ -z "$missing" ] && pass "relations show whole values, as at 100×30: $(echo "$cells" | paste -sd';')" || fail "relations show whole values (not at 100×30: ${missing:-no relation found})"
check 'echo "$narrow" | grep -qE "↓ [0-9]+ more"' "a cut list says how many rows it hides"
check 'echo "$narrow" | grep -qE "\? help  q quit$"' "the footer keeps q quit"
t send-keys -t check q
wait_for "EXIT=0" "q exits with status 0"

echo "# NO_COLOR: the focused panel is marked in text"
COLS=80 ROWS=24 start "NO_COLOR=1 $BIN play hormuz"
wait_for "▸ Turn 1 · China" "the options panel is marked ▸ at start"
check '! t capture-pane -t check -p -e | grep -q $'"'"'\e\['"'"'' "no SGR attributes reach the screen"
t send-keys -t check Tab
wait_for "▸ Why Press Iran privately" "Tab moves the ▸ to the terms panel"
t send-keys -t check Tab
wait_for "▸ Timeline" "and to the timeline"
check '[ "$(screen | grep -o "▸" | wc -l)" = 1 ]' "one panel is marked at a time"
t send-keys -t check q

echo "# the passage screen: the whole quote the terms panel cuts"
QUOTE="“…national economic development is not a priority for Iran’s leadership, and a significant portion of its energy is spent on domestic and national security…”"
# as_words: the screen as one line of words, without the border, so a wrapped quote matches whole.
as_words() { screen | sed -E 's/│|╭|╮|╰|╯|─/ /g' | tr -s ' \n' '  '; }
for size in 100x30 80x24; do
  COLS="${size%x*}" ROWS="${size#*x}" start "$BIN play hormuz --seed 6"
  wait_for "Turn 1 · China" "$size: hormuz opens"
  for _ in 1 2 3 4 5 6; do t send-keys -t check Right; done
  t send-keys -t check Tab
  wait_for "▸ Why Stand down" "$size: Iran's turn 7, terms panel focused"
  check '! as_words | grep -qF "$QUOTE"' "$size: the panel cuts Regime security's quote"
  t send-keys -t check Enter
  wait_for "Iran · Regime security" "$size: Enter opens the passage screen"
  check 'as_words | grep -qF "$QUOTE"' "$size: which shows the whole quote"
  check '[ "$(screen | wc -l)" -le "${size#*x}" ]' "$size: and fits the screen"
  t send-keys -t check Right
  sleep 0.3
  check 'screen | grep -q "turn 7 of 14" && screen | grep -q "Iran · Regime security"' "$size: → does nothing while it is open"
  t send-keys -t check Escape
  wait_for "▸ Why Stand down" "$size: Esc closes it"
  t send-keys -t check q
  wait_for "EXIT=0" "$size: q exits with status 0"
done

echo "# seats: n and q ask before discarding people's choices"
COLS=80 ROWS=24 start "$BIN play hormuz --seed 62 --as iran"
wait_for "Your move, Iran" "Iran's seat waits"
wait_for_re "n new seed  \? help  q quit$" "the seat's footer lists n"
t send-keys -t check q
wait_for "EXIT=0" "q quits at once while no choice has been made"
COLS=80 ROWS=24 start "$BIN play hormuz --seed 62 --as iran"
wait_for "Your move, Iran" "Iran's seat waits again"
t send-keys -t check Enter
wait_for "Iran chose Hold course, with no new move on the strait" "a person chooses"
t send-keys -t check s
wait_for "not saved: only a finished run can be saved; 1 of 14 turns still to play" "s explains why a partial run is not saved"
t send-keys -t check n
wait_for "Discard 1 choice made by a person? y to discard, any other key to keep playing" "n asks first"
t send-keys -t check x
wait_for "kept playing: nothing was discarded" "any other key keeps playing"
t send-keys -t check q
wait_for "Discard 1 choice made by a person?" "q asks first"
t send-keys -t check Escape
wait_for "kept playing" "Esc keeps playing too"
check '! screen | grep -q "EXIT="' "still running"
t send-keys -t check q
sleep 0.2
t send-keys -t check y
wait_for "EXIT=0" "y discards and quits with status 0"

echo "# --save-dir is checked at start-up"
(cd "$WORK" && $BIN play hormuz --save-dir no-such-folder > out.txt 2> err.txt); status=$?
[ "$status" = "66" ] && pass "a missing folder exits 66" || fail "a missing folder exits 66 (got $status)"
[ "$(cat "$WORK/err.txt")" = "error: --save-dir no-such-folder: no such folder" ] && pass "and says so: $(cat "$WORK/err.txt")" || fail "says so in one line (got: $(cat "$WORK/err.txt"))"
touch "$WORK/a-file"
(cd "$WORK" && $BIN play hormuz --save-dir a-file > out.txt 2> err.txt); status=$?
[ "$status" = "66" ] && pass "a file exits 66: $(cat "$WORK/err.txt")" || fail "a file exits 66 (got $status)"

echo "# wargame play hormuz > out.txt"
(cd "$WORK" && $BIN play hormuz > out.txt 2> err.txt); status=$?
[ "$status" = "2" ] && pass "exits 2" || fail "exits 2 (got $status)"
[ ! -s "$WORK/out.txt" ] && pass "writes nothing to stdout" || fail "writes nothing to stdout"
[ "$(wc -l < "$WORK/err.txt")" = "1" ] && pass "explains in one line: $(cat "$WORK/err.txt")" || fail "explains in one line"

echo
if [ "$failures" = 0 ]; then echo "all checks passed"; else echo "$failures check(s) failed"; exit 1; fi
