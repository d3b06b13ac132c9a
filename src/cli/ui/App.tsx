import { Box, Text, useApp, useInput } from 'ink';
import { useReducer, useRef } from 'react';
import { quantityValues, type RunRecord } from '../../records/run-record.js';
import { awaitedSeat, openSeatedRun, seatedRecord, type SeatedRun } from '../../engine/seated-run.js';
import { InterruptedError } from '../interrupted-error.js';
import type { SaveOutcome } from '../../records/save-record.js';
import { DecisionPanel, widestDecisionHeading } from './DecisionPanel.js';
import { Header } from './Header.js';
import { HelpScreen } from './HelpScreen.js';
import { KeyHints, type KeyMode } from './KeyHints.js';
import { GAP, layout } from './layout.js';
import { PassageScreen } from './PassageScreen.js';
import { recordedOptions } from './recorded-options.js';
import { SeatPanel } from './SeatPanel.js';
import { StatusLine, statusLines } from './StatusLine.js';
import { TermsPanel } from './TermsPanel.js';
import { Timeline } from './Timeline.js';
import { MIN_COLUMNS, MIN_ROWS, TooSmall } from './TooSmall.js';
import { useTerminalSize } from './use-terminal-size.js';
import { initialView, isAtSeat, reduceView, selectedTerm, unsavedChoices, type ViewAction } from './view-state.js';
import { WorldPanel } from './WorldPanel.js';

export interface AppProps {
  /** The run to step through: computed in full, or waiting at people's seats. */
  readonly seated: SeatedRun;
  /** Saves a finished run's record, saying how it went. */
  readonly onSave: (record: RunRecord) => SaveOutcome;
}

/** The stepper: header, world, timeline, and the decision behind the selected turn. */
export function App({ seated: opened, onSave }: AppProps) {
  const { exit } = useApp();
  const { columns, rows } = useTerminalSize();
  const [view, dispatch] = useReducer(reduceView, opened, initialView);
  const { seated, cursor } = view;
  const { scenario } = seated;
  // Keys can arrive before the handler below is re-subscribed after a render; reading the
  // view through a ref, updated as each key is handled, keeps n, s and a y answering a
  // question from acting on a view that has already moved on.
  const latest = useRef(view);
  latest.current = view;
  const act = (action: ViewAction): void => {
    latest.current = reduceView(latest.current, action);
    dispatch(action);
  };
  const newRun = (): void => {
    const seed = latest.current.seated.start.seed + 1;
    act({ type: 'replace-run', seated: openSeatedRun(scenario, seed, latest.current.seated.seats) });
    act({ type: 'status', text: `new run with seed ${seed}` });
  };

  useInput((input, key) => {
    const current = latest.current;
    // Ctrl-C stops at once, whatever is unsaved, and exits 130 as any interrupted command does.
    if (key.ctrl && input === 'c') return exit(new InterruptedError(interruptedMessage(unsavedChoices(current))));
    if (current.confirm) {
      if (input !== 'y') return act({ type: 'keep-playing' });
      act({ type: 'status', text: '' });
      return current.confirm === 'quit' ? exit() : newRun();
    }
    // n and q would throw away people's choices that were never saved: ask first.
    if (input === 'q' || input === 'n') {
      if (unsavedChoices(current) > 0) return act({ type: 'ask', discarding: input === 'q' ? 'quit' : 'new-run' });
      return input === 'q' ? exit() : newRun();
    }
    // The passage screen, like help, closes on its own keys and ignores the rest.
    if (current.passage) return key.escape || key.return || input === 'v' ? act({ type: 'close-passage' }) : undefined;
    if (input === '?') return act({ type: 'toggle-help' });
    if (key.escape) return act({ type: 'close-help' });
    if (current.help) return;
    if (key.rightArrow || input === ' ') return act({ type: 'next' });
    if (key.leftArrow) return act({ type: 'previous' });
    if (key.home) return act({ type: 'first' });
    if (key.end) return act({ type: 'last' });
    if (key.upArrow) return act({ type: 'up' });
    if (key.downArrow) return act({ type: 'down' });
    if (key.tab) return act({ type: key.shift ? 'focus-previous' : 'focus-next' });
    // Enter plays at a seat; in the terms panel, where there is no action to play, it opens the passage.
    if (key.return) return act({ type: current.focus === 'terms' && !isAtSeat(current) ? 'open-passage' : 'choose' });
    if (input === 'v') return act({ type: 'open-passage' });
    if (input === 'm') return act({ type: 'toggle-model' });
    if (input === 's') {
      if (current.savedTo !== undefined) return act({ type: 'status', text: `already saved as ${current.savedTo}` });
      const record = seatedRecord(current.seated);
      if (record === undefined) return act({ type: 'status', text: unfinishedMessage(current.seated) });
      const outcome = onSave(record);
      if (!outcome.saved) return act({ type: 'status', text: outcome.message });
      return act({ type: 'saved', text: outcome.message, path: outcome.path });
    }
  });

  if (columns < MIN_COLUMNS || rows < MIN_ROWS) {
    return <TooSmall columns={columns} rows={rows} command={`wargame run ${scenario.id} --seed ${seated.start.seed}`} />;
  }

  const atSeat = isAtSeat(view);
  const seat = awaitedSeat(seated);
  const states = [quantityValues(scenario, seated.start.values), ...seated.turns.map((t) => t.state)];
  const shown = Math.min(cursor, seated.turns.length);
  const state = states[shown]!;
  const previous = cursor === 0 ? quantityValues(scenario, scenario.initial) : atSeat ? state : states[shown - 1]!;
  const turn = seated.turns[cursor - 1];
  const actor = turn ? scenario.actors.find((a) => a.id === turn.actor)! : undefined;
  const option = turn?.options[view.option];
  const status = statusLines(view.status, columns);
  const size = layout(scenario, columns, rows, status.length);
  const { decisionHeight, screenHeight } = size;
  const horizon = scenario.settings.horizon;
  const position = cursor === 0 ? 'trigger' : atSeat ? `turn ${cursor} of ${horizon} · your move` : `turn ${cursor} of ${horizon}`;
  const caption =
    cursor === 0
      ? 'after the trigger'
      : atSeat
        ? `before turn ${cursor}`
        : `after turn ${cursor} · change since ${cursor === 1 ? 'the trigger' : `turn ${cursor - 1}`}`;

  return (
    <Box flexDirection="column" width={columns} height={rows - 1}>
      <Header title={scenario.title} seed={seated.start.seed} position={position} escalation={state['escalation'] ?? 0} width={columns} />
      {view.help ? (
        <HelpScreen width={columns} height={screenHeight} />
      ) : view.passage && actor && option && selectedTerm(view) ? (
        <PassageScreen actor={actor} option={option} term={view.term} turn={cursor} width={columns} height={screenHeight} />
      ) : (
        <>
          <Box height={size.topHeight}>
            <WorldPanel
              scenario={scenario}
              caption={caption}
              state={state}
              previous={previous}
              baseline={states[0]!}
              width={size.worldWidth}
              relationRows={size.relationRows}
            />
            <Box marginLeft={GAP}>
              <Timeline
                scenario={scenario}
                triggerLabel={scenario.trigger.label}
                turns={seated.turns}
                cursor={cursor}
                pending={seat?.name}
                focused={view.focus === 'timeline'}
                height={size.topHeight}
                width={size.timelineWidth}
              />
            </Box>
          </Box>
          {size.spacer && <Text> </Text>}
          <Box height={decisionHeight}>
            {atSeat && seat ? (
              <SeatPanel
                actor={seat}
                options={recordedOptions(seated)}
                selected={view.seatChoice}
                showModel={view.showModel}
                height={decisionHeight}
                width={columns}
              />
            ) : turn && actor && option ? (
              <>
                <DecisionPanel
                  actor={actor}
                  turn={turn}
                  selected={view.option}
                  focused={view.focus === 'options'}
                  height={decisionHeight}
                  width={size.optionsWidth}
                  widestHeading={widestDecisionHeading(scenario.actors, horizon)}
                />
                <Box marginLeft={GAP}>
                  <TermsPanel
                    actor={actor}
                    option={option}
                    selected={view.term}
                    focused={view.focus === 'terms'}
                    height={decisionHeight}
                    width={size.termsWidth}
                  />
                </Box>
              </>
            ) : turn && actor ? (
              <Text>Turn {turn.turn}: {actor.name} had no legal action and passed.</Text>
            ) : (
              <Box flexDirection="column">
                <Text bold>Trigger: {scenario.trigger.label}</Text>
                <Text wrap="wrap">{scenario.brief}</Text>
              </Box>
            )}
          </Box>
        </>
      )}
      <StatusLine lines={status} question={view.confirm !== undefined} />
      <KeyHints mode={keyMode(view.confirm !== undefined, atSeat, view.passage, view.focus === 'terms' && selectedTerm(view) !== undefined)} width={columns} />
    </Box>
  );
}

/** Which keys the footer lists: a question's answers first, then those of the screen shown. */
function keyMode(confirm: boolean, atSeat: boolean, passage: boolean, onTerm: boolean): KeyMode {
  if (confirm) return 'confirm';
  if (atSeat) return 'seat';
  if (passage) return 'passage';
  return onTerm ? 'terms' : 'browse';
}

/** Why s saved nothing: a record of part of a run could not be replayed, so only whole runs are saved. */
function unfinishedMessage(seated: SeatedRun): string {
  const horizon = seated.scenario.settings.horizon;
  const left = horizon - seated.turns.length;
  return `not saved: only a finished run can be saved; ${left} of ${horizon} turns still to play`;
}

function interruptedMessage(unsaved: number): string {
  if (unsaved === 0) return 'interrupted with Ctrl-C';
  return `interrupted with Ctrl-C; ${unsaved === 1 ? '1 choice made by a person was' : `${unsaved} choices made by people were`} not saved`;
}
