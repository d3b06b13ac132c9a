import { Box, Text, useApp, useInput } from 'ink';
import { useEffect, useRef, useState } from 'react';
import type { ClassroomClient } from '../../classroom/classroom-client.js';
import type { GameView } from '../../classroom/protocol.js';
import type { Action, Actor, Scenario } from '../../engine/scenario.js';
import { outcomeLabels } from '../../engine/scenario-labels.js';
import { headlineText } from '../../presentation/headline.js';
import { headlineQuantity } from '../../presentation/unit-format.js';
import type { OptionRecord } from '../../records/run-record.js';
import type { PendingResponse } from '../../records/seated-run.js';
import { Header } from '../ui/Header.js';
import { GAP, layout } from '../ui/layout.js';
import { ResponsePanel } from '../ui/ResponsePanel.js';
import { SeatPanel } from '../ui/SeatPanel.js';
import { StatusLine, statusLines } from '../ui/StatusLine.js';
import { Timeline } from '../ui/Timeline.js';
import { MIN_COLUMNS, MIN_ROWS, TooSmall } from '../ui/TooSmall.js';
import { useTerminalSize } from '../ui/use-terminal-size.js';
import { WorldPanel } from '../ui/WorldPanel.js';
import { eventLabels } from '../../presentation/instructor-words.js';

export interface SeatScreenProps {
  readonly client: ClassroomClient;
  /** The scenario compiled here, checked against the host's by hash. */
  readonly scenario: Scenario;
  readonly group?: string | undefined;
}

/**
 * A group's seat in a hosted game, drawn with the stepper's panels: the world, the
 * timeline of everyone's moves as they happen, and the seat's choice when it is to move.
 * The host plays every move; this screen only shows and sends.
 */
export function SeatScreen({ client, scenario, group }: SeatScreenProps) {
  const { exit } = useApp();
  const { columns, rows } = useTerminalSize();
  const [view, setView] = useState<GameView>(client.view!);
  const [selected, setSelectedState] = useState(0);
  // Keys can arrive before the handler is re-subscribed after a render: the ref is what Enter reads.
  const chosen = useRef(0);
  const setSelected = (next: number | ((s: number) => number)): void => {
    chosen.current = typeof next === 'function' ? next(chosen.current) : next;
    setSelectedState(chosen.current);
  };
  const [showModel, setShowModel] = useState(false);
  const [status, setStatus] = useState('joined');
  useEffect(
    () =>
      client.on((message) => {
        switch (message.type) {
          case 'update':
          case 'welcome':
            setView((before) => {
              // The client has merged the update into the whole view.
              const now = client.view!;
              const news = newsOf(scenario, before.turns.length, now);
              if (news !== '') setStatus(news);
              return now;
            });
            if (message.type === 'welcome') setStatus('reconnected');
            break;
          case 'accepted':
            setStatus(`turn ${message.turn} played`);
            break;
          case 'refused':
            setStatus(message.message);
            break;
          case 'ended':
            setStatus('the game has ended; your instructor has the records');
            break;
          case 'disconnected':
            setStatus('connection lost; reconnecting…');
            break;
          case 'connected':
            break;
        }
      }),
    [client, scenario],
  );
  const yours = view.yours;
  useEffect(() => setSelected(0), [view.turns.length]);
  useInput((input, key) => {
    if (input === 'q' || (key.ctrl && input === 'c')) return exit();
    // The client's view is the latest: a key may arrive before this handler sees the last render.
    const current = client.view!;
    const yours = current.yours;
    if (yours === undefined) return;
    if (key.upArrow) setSelected((s) => Math.max(0, s - 1));
    if (key.downArrow) setSelected((s) => Math.min(yours.length - 1, s + 1));
    if (input === 'm') {
      if (!current.modelView) return setStatus("the instructor has not opened the model's view");
      setShowModel((s) => !s);
    }
    if (key.return) {
      const option = yours[chosen.current];
      if (option === undefined) return;
      client.move(option.action);
      setStatus(`sending: ${option.label}`);
    }
  });

  if (columns < MIN_COLUMNS || rows < MIN_ROWS) {
    return <TooSmall columns={columns} rows={rows} command={`wargame join ${client.address} --code ${client.code}`} />;
  }
  const seat = scenario.actors.find((a) => a.id === client.seat);
  const horizon = scenario.settings.horizon;
  const turns = view.turns;
  const state = turns.length > 0 ? turns[turns.length - 1]!.state : view.triggerState;
  const previous = turns.length > 1 ? turns[turns.length - 2]!.state : view.triggerState;
  const mover = scenario.actors.find((a) => a.id === view.toMove);
  const next = Math.min(turns.length + 1, horizon);
  const position = view.ended
    ? 'the game has ended'
    : view.paused
      ? `turn ${next} of ${horizon} · paused by the instructor`
      : yours
        ? `turn ${next} of ${horizon} · your move${view.secondsLeft !== undefined ? ` · ${view.secondsLeft} s left` : ''}`
        : mover
          ? `turn ${next} of ${horizon} · ${mover.name} to move`
          : `turn ${turns.length} of ${horizon}`;
  const lines = statusLines(status, columns);
  const size = layout(scenario, columns, rows, lines.length);
  const headline = headlineQuantity(scenario);
  const response = view.answering && yours && responseOf(scenario, view.answering, yours);
  // The move the pending seat answers, as `play` shows it: `China → Press Iran privately…: Iran answers?`.
  const answered = view.answering && answeredMove(scenario, view.answering);
  const options: OptionRecord[] = (yours ?? []).map((o) => ({ action: o.action, expectedUtility: o.expectedUtility ?? 0, probability: o.probability ?? 0, terms: [] }));
  const history = turns.filter((t) => t.actor === client.seat);
  return (
    <Box flexDirection="column" width={columns} height={rows - 1}>
      <Header title={`${scenario.title} · ${seat?.name ?? 'watching'}`} group={group} seed={client.game?.seed ?? 0} position={position} headline={headline && headlineText(headline, state[headline.id]!)} width={columns} />
      <Box height={size.topHeight}>
        <WorldPanel scenario={scenario} caption={mover ? `before turn ${turns.length + 1}` : turns.length === 0 ? 'after the trigger' : `after turn ${turns.length}`} state={state} previous={previous} baseline={view.triggerState} width={size.worldWidth} relationRows={size.relationRows} />
        <Box marginLeft={GAP}>
          <Timeline
            scenario={scenario}
            triggerLabel={scenario.trigger.label}
            turns={turns}
            cursor={turns.length + (mover ? 1 : 0)}
            revealed={turns.length + 1}
            pending={mover?.name}
            answering={answered && `${answered.mover.name} → ${answered.action.label}`}
            focused={false}
            height={size.topHeight}
            width={size.timelineWidth}
          />
        </Box>
      </Box>
      {size.spacer && <Text> </Text>}
      <Box height={size.decisionHeight} flexDirection="column">
        {yours && seat && !view.paused ? (
          response ? (
            <ResponsePanel actor={seat} response={response} selected={selected} height={size.decisionHeight} width={columns} />
          ) : (
            <SeatPanel actor={seat} options={options} selected={selected} showModel={showModel && view.modelView} height={size.decisionHeight} width={columns} />
          )
        ) : (
          <>
            <Text bold>{view.ended ? 'The game has ended.' : mover ? `Waiting for ${mover.name}…` : 'Waiting…'}</Text>
            <Text dimColor wrap="truncate">
              Your moves: {history.length === 0 ? 'none yet' : history.map((t) => `${t.turn}. ${seat?.actions.find((a) => a.id === t.choice)?.label ?? 'passed'}${t.decidedBy === 'model' ? ' (the model)' : ''}`).join(' · ')}
            </Text>
          </>
        )}
      </Box>
      <StatusLine lines={lines} question={false} />
      <Text inverse wrap="truncate">{yours ? ' ↑↓ pick · Enter play · m model view · q leave (the host keeps the game) ' : ' q leave (the host keeps the game; join again to come back) '}</Text>
    </Box>
  );
}

/** The turns played since `seen`, as news: each move, its chance result, the random events after it, and what the instructor decided. */
function newsOf(scenario: Scenario, seen: number, view: GameView): string {
  return view.turns
    .slice(seen)
    .map((t) => {
      const named = outcomeLabels(scenario, { actor: t.actor, action: t.choice ?? '', outcome: t.chance?.outcome ?? '' });
      const move = t.choice === null ? 'passes' : named.action;
      const events = eventLabels(scenario, t);
      return `${t.turn}. ${named.actor}: ${move}${t.chance ? ` (${named.outcome})` : ''}${events.map((e) => ` · ${e}`).join('')}`;
    })
    .join(' · ');
}

/** The move this seat answers, as the stepper's answer panel shows it: the host sends its outcomes as the seat's options. */
/** The actor and action a pending answer answers, by the ids the game view gives. */
function answeredMove(scenario: Scenario, answering: NonNullable<GameView['answering']>): { mover: Actor; action: Action } | undefined {
  const mover = scenario.actors.find((a) => a.id === answering.mover);
  const action = mover?.actions.find((a) => a.id === answering.action);
  return mover === undefined || action === undefined ? undefined : { mover, action };
}

function responseOf(scenario: Scenario, answering: NonNullable<GameView['answering']>, yours: NonNullable<GameView['yours']>): PendingResponse | undefined {
  const move = answeredMove(scenario, answering);
  if (move === undefined) return undefined;
  const { mover, action } = move;
  const outcomes = yours.map((o) => ({ id: o.action, label: action.outcomes.find((x) => x.id === o.action)?.label ?? o.label, probability: o.probability ?? 0 }));
  return { mover, action, choice: undefined, outcomes };
}
