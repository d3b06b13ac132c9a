import { Box, Text, useApp, useInput } from 'ink';
import { useReducer, useRef } from 'react';
import { assessTurn } from '../../engine/assess-turn.js';
import { quantityValues, type RunRecord } from '../../engine/run-record.js';
import { awaitedSeat, openSeatedRun, seatedRecord, type SeatedRun } from '../../engine/seated-run.js';
import { DecisionPanel } from './DecisionPanel.js';
import { Header } from './Header.js';
import { HelpScreen } from './HelpScreen.js';
import { KeyHints } from './KeyHints.js';
import { SeatPanel } from './SeatPanel.js';
import { TermsPanel } from './TermsPanel.js';
import { Timeline } from './Timeline.js';
import { MIN_COLUMNS, MIN_ROWS, TooSmall } from './TooSmall.js';
import { useTerminalSize } from './use-terminal-size.js';
import { initialView, isAtSeat, reduceView } from './view-state.js';
import { WorldPanel, worldPanelHeight } from './WorldPanel.js';

export interface AppProps {
  /** The run to step through: computed in full, or waiting at people's seats. */
  readonly seated: SeatedRun;
  /** Saves a finished run's record; returns a line for the status bar. */
  readonly onSave: (record: RunRecord) => string;
}

/** The stepper: header, world, timeline, and the decision behind the selected turn. */
export function App({ seated: opened, onSave }: AppProps) {
  const { exit } = useApp();
  const { columns, rows } = useTerminalSize();
  const [view, dispatch] = useReducer(reduceView, opened, initialView);
  const { seated, cursor } = view;
  const { scenario } = seated;
  // Keys can arrive before the handler below is re-subscribed after a render; reading the
  // view through a ref keeps n and s from acting on a run that has already moved on.
  const latest = useRef(view);
  latest.current = view;

  useInput((input, key) => {
    const current = latest.current.seated;
    if (input === 'q') return exit();
    if (input === '?') return dispatch({ type: 'toggle-help' });
    if (key.escape) return dispatch({ type: 'close-help' });
    if (latest.current.help) return;
    if (key.rightArrow || input === ' ') return dispatch({ type: 'next' });
    if (key.leftArrow) return dispatch({ type: 'previous' });
    if (key.home) return dispatch({ type: 'first' });
    if (key.end) return dispatch({ type: 'last' });
    if (key.upArrow) return dispatch({ type: 'up' });
    if (key.downArrow) return dispatch({ type: 'down' });
    if (key.tab) return dispatch({ type: key.shift ? 'focus-previous' : 'focus-next' });
    if (key.return) return dispatch({ type: 'choose' });
    if (input === 'm') return dispatch({ type: 'toggle-model' });
    if (input === 'n') {
      const seed = current.start.seed + 1;
      dispatch({ type: 'replace-run', seated: openSeatedRun(scenario, seed, current.seats) });
      return dispatch({ type: 'status', text: `new run with seed ${seed}` });
    }
    if (input === 's') {
      const record = seatedRecord(current);
      const left = scenario.settings.horizon - current.turns.length;
      return dispatch({ type: 'status', text: record ? onSave(record) : `finish the run first: ${left} turns to play` });
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

  const relationRows = rows >= 30 ? 2 : 1;
  const worldHeight = worldPanelHeight(scenario, relationRows);
  const decisionHeight = rows - 2 - worldHeight - 4;
  const leftWidth = Math.floor(columns * 0.56);
  const rightWidth = columns - leftWidth - 2;
  const optionsWidth = Math.min(44, Math.floor(columns * 0.42));
  const position =
    cursor === 0 ? 'trigger' : atSeat ? `turn ${cursor} of ${scenario.settings.horizon} · your move` : `turn ${cursor} of ${scenario.settings.horizon}`;
  const caption = cursor === 0 ? 'after the trigger' : atSeat ? `before turn ${cursor}` : `after turn ${cursor} · change since the turn before`;

  return (
    <Box flexDirection="column" width={columns} height={rows - 1}>
      <Header title={scenario.title} seed={seated.start.seed} position={position} escalation={state['escalation'] ?? 0} width={columns} />
      {view.help ? (
        <HelpScreen width={columns} />
      ) : (
        <>
          <Box height={worldHeight}>
            <WorldPanel
              scenario={scenario}
              caption={caption}
              state={state}
              previous={previous}
              baseline={states[0]!}
              width={leftWidth}
              relationRows={relationRows}
            />
            <Box marginLeft={2}>
              <Timeline
                scenario={scenario}
                triggerLabel={scenario.trigger.label}
                turns={seated.turns}
                cursor={cursor}
                pending={seat?.name}
                focused={view.focus === 'timeline'}
                height={worldHeight}
                width={rightWidth}
              />
            </Box>
          </Box>
          <Text> </Text>
          <Box height={decisionHeight}>
            {atSeat && seat ? (
              <SeatPanel
                actor={seat}
                assessment={assessTurn(scenario, seated.run)!}
                selected={view.seatChoice}
                showModel={view.showModel}
                height={decisionHeight}
                width={columns}
              />
            ) : turn && actor && option ? (
              <>
                <DecisionPanel actor={actor} turn={turn} selected={view.option} focused={view.focus === 'options'} height={decisionHeight} width={optionsWidth} />
                <Box marginLeft={2}>
                  <TermsPanel actor={actor} option={option} selected={view.term} focused={view.focus === 'terms'} height={decisionHeight} width={columns - optionsWidth - 2} />
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
      <Text color="green" wrap="truncate">
        {view.status || ' '}
      </Text>
      <KeyHints atSeat={atSeat} width={columns} />
    </Box>
  );
}
