import { Box, Text, useApp, useInput } from 'ink';
import { useRef, useState } from 'react';
import { quantityValues, type RunRecord } from '../../records/run-record.js';
import { chooseForSeat, openSeatedRun, seatedRecord, type SeatedRun } from '../../records/seated-run.js';
import { InterruptedError } from '../interrupted-error.js';
import type { SaveOutcome } from '../../records/save-record.js';
import { DecisionPanel, widestDecisionHeading } from './DecisionPanel.js';
import { endOfRunLines } from './end-of-run.js';
import { EndScreen } from './EndScreen.js';
import { Header } from './Header.js';
import { HelpScreen } from './HelpScreen.js';
import { KeyHints } from './KeyHints.js';
import { type Command, commandFor, type KeyMode } from './keymap.js';
import { headlineText } from '../../presentation/headline.js';
import { headlineQuantity } from '../../presentation/unit-format.js';
import { GAP, layout } from './layout.js';
import { newsItem } from './news-lines.js';
import { NewsPanel } from './NewsPanel.js';
import { PassageScreen } from './PassageScreen.js';
import { ResponsePanel } from './ResponsePanel.js';
import { SeatPanel } from './SeatPanel.js';
import { StatusLine, statusLines } from './StatusLine.js';
import { TermsPanel } from './TermsPanel.js';
import { Timeline } from './Timeline.js';
import { MIN_COLUMNS, MIN_ROWS, TooSmall } from './TooSmall.js';
import { useTerminalSize } from './use-terminal-size.js';
import {
  initialView,
  isAtSeat,
  newsShown,
  reduceView,
  selectedSeatAction,
  selectedTerm,
  unsavedChoices,
  type ViewAction,
  type ViewState,
} from './view-state.js';
import { WorldPanel } from './WorldPanel.js';
import { roleOption } from '../../brief/role-card.js';
import { type ModelScores, modelScores } from '../../batch/model-scores.js';
import { type Scorecard, scorecard } from '../../presentation/scorecard.js';
import type { Actor, Scenario } from '../../engine/scenario.js';
import { runCommand } from '../run-command.js';

export interface AppProps {
  /** The run to step through: computed in full, or waiting at people's seats. */
  readonly seated: SeatedRun;
  /** Saves a finished run's record, saying how it went. */
  readonly onSave: (record: RunRecord) => SaveOutcome;
  /** The name of the group playing (`--group`), shown in the header. */
  readonly group?: string | undefined;
  /** Called after the engine plays a person's choice, before the screen shows it: `play` autosaves it here. */
  readonly onPlayed?: ((seated: SeatedRun, action: string, before: SeatedRun) => void) | undefined;
  /** Called when people's choices in a run are discarded (y to n or q): `play` removes the run's autosave here. */
  readonly onDiscarded?: ((seated: SeatedRun) => void) | undefined;
  /** Said in the status line until the first step: that an older record is shown unchecked. */
  readonly notice?: string | undefined;
  /**
   * The command that prints the run on screen as a log, for its seed (n starts another),
   * offered when the terminal is too small: by default `wargame run` of the scenario's id,
   * seed and overrides (right for a built-in one).
   */
  readonly logCommand?: ((seed: number) => string) | undefined;
}

/** The stepper: header, world, timeline, and the decision behind the selected turn. */
export function App({ seated: opened, onSave, group, onPlayed, onDiscarded, notice, logCommand }: AppProps) {
  const { exit } = useApp();
  const { columns, rows } = useTerminalSize();
  const [view, setView] = useState(() => ({ ...initialView(opened), status: notice ?? '' }));
  const { seated, cursor } = view;
  const { scenario } = seated;
  // Keys can arrive before the handler below is re-subscribed after a render; reading the
  // view through a ref, updated as each key is handled, keeps n, s and a y answering a
  // question from acting on a view that has already moved on. Each action is reduced once,
  // here, and the result handed to React.
  const latest = useRef(view);
  const act = (action: ViewAction): void => {
    latest.current = reduceView(latest.current, action);
    setView(latest.current);
  };
  const newRun = (): void => {
    const seed = latest.current.seated.start.seed + 1;
    act({ type: 'replace-run', seated: openSeatedRun(scenario, seed, latest.current.seated.seats) });
    act({ type: 'status', text: `new run with seed ${seed}` });
  };

  const save = (current: ViewState): void => {
    if (current.savedTo !== undefined) return act({ type: 'status', text: `already saved as ${current.savedTo}` });
    const record = seatedRecord(current.seated);
    if (record === undefined) return act({ type: 'status', text: unfinishedMessage(current.seated) });
    const outcome = onSave(record);
    if (!outcome.saved) return act({ type: 'status', text: outcome.message });
    act({ type: 'saved', text: outcome.message, path: outcome.path });
  };
  // The engine plays the person's choice here, outside the reducer, which only navigates.
  const choose = (current: ViewState): void => {
    const action = selectedSeatAction(current);
    if (action === undefined) return;
    const result = chooseForSeat(current.seated, action);
    if (!('ok' in result)) onPlayed?.(result, action, current.seated);
    act('ok' in result ? { type: 'status', text: result.message } : { type: 'played', seated: result, action });
  };
  const perform = (command: Command, current: ViewState): void => {
    switch (command) {
      case 'interrupt':
        return exit(new InterruptedError(interruptedMessage(unsavedChoices(current))));
      case 'discard':
        onDiscarded?.(current.seated);
        act({ type: 'status', text: '' });
        return current.confirm === 'quit' ? exit() : newRun();
      // n and q would throw away people's choices that were never saved: ask first.
      case 'quit':
      case 'new-run':
        if (unsavedChoices(current) > 0) return act({ type: 'ask', discarding: command === 'quit' ? 'quit' : 'new-run' });
        return command === 'quit' ? exit() : newRun();
      case 'save':
        return save(current);
      case 'choose':
        return choose(current);
      default:
        return act({ type: command });
    }
  };

  useInput((input, key) => {
    const current = latest.current;
    const command = commandFor(inputMode(current), input, key);
    if (command !== undefined) perform(command, current);
  });

  if (columns < MIN_COLUMNS || rows < MIN_ROWS) {
    return <TooSmall columns={columns} rows={rows} command={logCommand?.(seated.start.seed) ?? runCommand(scenario.id, seated.start.seed, scenario.overrides)} />;
  }

  const atSeat = isAtSeat(view);
  const seat = seated.pending;
  const states = [quantityValues(scenario, seated.start.values), ...seated.turns.map((t) => t.state)];
  const shown = Math.min(cursor, seated.turns.length);
  const state = states[shown]!;
  const previous = cursor === 0 ? quantityValues(scenario, scenario.initial) : atSeat ? state : states[shown - 1]!;
  const turn = seated.turns[cursor - 1];
  const actor = turn ? scenario.actors.find((a) => a.id === turn.actor)! : undefined;
  const option = turn?.options[view.option];
  const status = statusLines(view.status, columns);
  const headline = headlineQuantity(scenario);
  const size = layout(scenario, columns, rows, status.length);
  const { decisionHeight, screenHeight } = size;
  const horizon = scenario.settings.horizon;
  const ended = view.ending ? seatedRecord(seated) : undefined;
  const position = ended ? `end of the run after turn ${horizon}` : cursor === 0 ? 'trigger' : atSeat ? `turn ${cursor} of ${horizon} · your move` : `turn ${cursor} of ${horizon}`;
  const caption =
    cursor === 0
      ? 'after the trigger'
      : atSeat
        ? `before turn ${cursor}`
        : `after turn ${cursor} · change since ${cursor === 1 ? 'the trigger' : `turn ${cursor - 1}`}`;

  return (
    <Box flexDirection="column" width={columns} height={rows - 1}>
      <Header title={scenario.title} group={group} seed={seated.start.seed} position={position} headline={headline && headlineText(headline, state[headline.id]!)} width={columns} />
      {view.help ? (
        <HelpScreen width={columns} height={screenHeight} />
      ) : view.ending && ended !== undefined ? (
        <EndScreen lines={endOfRunLines(scenario, ended, scorecardsOf(scenario, ended, seated))} seed={seated.start.seed} width={columns} height={screenHeight} />
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
              barRows={size.barRows}
            />
            <Box marginLeft={GAP}>
              <Timeline
                scenario={scenario}
                triggerLabel={scenario.trigger.label}
                turns={seated.turns}
                cursor={cursor}
                revealed={view.revealed}
                pending={seat?.actor.name}
                answering={seat?.response && `${seat.response.mover.name} → ${seat.response.action.label}`}
                focused={view.focus === 'timeline'}
                height={size.topHeight}
                width={size.timelineWidth}
              />
            </Box>
          </Box>
          {size.spacer && <Text> </Text>}
          <Box height={decisionHeight}>
            {newsShown(view) && view.news ? (
              <NewsPanel
                items={seated.turns.slice(view.news.from - 1, cursor).map((t) => newsItem(scenario, t, states[t.turn - 1]!))}
                left={(seat ? view.news.to - 1 : view.news.to) - cursor}
                next={seat && `${seat.actor.name}'s ${seat.response ? 'answer' : 'move'}`}
                height={decisionHeight}
                width={columns}
              />
            ) : atSeat && seat?.response ? (
              <ResponsePanel actor={seat.actor} response={seat.response} selected={view.seatChoice} height={decisionHeight} width={columns} />
            ) : atSeat && seat ? (
              <SeatPanel
                actor={seat.actor}
                options={seat.options}
                selected={view.seatChoice}
                showModel={view.showModel}
                preview={seatPreview(scenario, seat.actor, seat.options[view.seatChoice]?.action, seated.run.values)}
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
      <KeyHints mode={keyMode(view)} width={columns} />
    </Box>
  );
}

/** Which keys the footer lists: a question's answers first, then those of the screen shown. */
function keyMode(view: ViewState): KeyMode {
  if (view.confirm !== undefined) return 'confirm';
  if (isAtSeat(view)) return 'seat';
  if (view.passage) return 'passage';
  return view.focus === 'terms' && selectedTerm(view) !== undefined ? 'terms' : 'browse';
}

/**
 * Which keys work: as the footer says, except that the help screen, open over any of
 * them, takes only its own keys, and Enter in the terms panel opens the passage even
 * where no term is shown.
 */
function inputMode(view: ViewState): KeyMode {
  if (view.confirm !== undefined) return 'confirm';
  if (view.passage) return 'passage';
  if (view.help) return 'help';
  if (isAtSeat(view)) return 'seat';
  return view.focus === 'terms' ? 'terms' : 'browse';
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

/**
 * The scorecard of each seated actor at the end of a finished run. The model's runs it is
 * placed among are played once per scenario and actor, and kept.
 */
function scorecardsOf(scenario: Scenario, record: RunRecord, seated: SeatedRun): Scorecard[] {
  const end = record.turns.at(-1)?.state ?? record.trigger.state;
  return scenario.actors.filter((a) => seated.seats.has(a.id)).map((actor) => scorecard(scenario, actor, end, cachedModelScores(scenario, actor)));
}

const modelScoresCache = new WeakMap<Actor, ModelScores>();
function cachedModelScores(scenario: Scenario, actor: Actor): ModelScores {
  let scores = modelScoresCache.get(actor);
  if (scores === undefined) {
    scores = modelScores(scenario, actor);
    modelScoresCache.set(actor, scores);
  }
  return scores;
}

/** What the selected action would do from the seat's state: `If played: Escalation 3 → 5 · may turn out: …`. */
function seatPreview(scenario: Scenario, actor: Actor, actionId: string | undefined, values: Float64Array): string | undefined {
  const action = actor.actions.find((a) => a.id === actionId);
  if (action === undefined) return undefined;
  const { changes, chances } = roleOption(scenario, action, values);
  const own = changes.length === 0 ? 'changes nothing by itself' : changes.join(' · ');
  const ways = chances.map((c) => `${c.label}${c.changes.length > 0 ? ` (${c.changes.join(', ')})` : ''}`);
  return `If played: ${own}${ways.length > 0 ? `; then either ${ways.join(', or ')}` : ''}`;
}
