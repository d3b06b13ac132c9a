import { Box, Text, useApp, useInput } from 'ink';
import { useEffect, useRef, useState } from 'react';
import type { ClassroomHost } from '../../classroom/host-server.js';
import { chanceChoices, injectChoices, type OrderChoice, ordersLine } from './order-choices.js';

export interface HostConsoleProps {
  readonly host: ClassroomHost;
  /** Where to go and the codes, as printed when the host started. */
  readonly welcome: readonly string[];
  /** The host's log, newest last. */
  readonly log: readonly string[];
}

/** Turn timer settings t steps through, in seconds; 0 is off. */
const TIMER_STEPS = [0, 60, 120, 180, 300];

/** Lines of an inject or chance list shown at once; ↑/↓ scroll it. */
const LIST_ROWS = 8;

/** The list the instructor picks an order from: `i` injects, `c` chance results. */
interface Picker {
  readonly kind: 'inject' | 'chance';
  readonly choices: readonly OrderChoice[];
  readonly index: number;
}

/**
 * The instructor's console: each seat's status, the game's settings, the orders waiting to
 * be played, and the log of joins, moves and refusals. Keys: p pause/resume, m model view,
 * t turn timer, i inject an event, c decide a chance result, x withdraw the orders, e end
 * (asks first), q stop the host (the game stays in its journal, to resume).
 */
export function HostConsole({ host, welcome, log }: HostConsoleProps) {
  const { exit } = useApp();
  const { game } = host;
  const [, setTick] = useState(0);
  const [confirm, setConfirmShown] = useState(false);
  const [picker, setPickerShown] = useState<Picker | undefined>(undefined);
  // Keys can come faster than renders: the handler reads what the last key left, not the last render.
  const held = useRef({ confirm: false, picker: undefined as Picker | undefined });
  const setConfirm = (value: boolean): void => {
    held.current.confirm = value;
    setConfirmShown(value);
  };
  const setPicker = (value: Picker | undefined): void => {
    held.current.picker = value;
    setPickerShown(value);
  };
  useEffect(() => {
    const stop = game.onChange(() => setTick((n) => n + 1));
    const timer = setInterval(() => setTick((n) => n + 1), 1000);
    return () => {
      stop();
      clearInterval(timer);
    };
  }, [game]);
  useInput((input, key) => {
    const { confirm, picker } = held.current;
    if (confirm) {
      setConfirm(false);
      if (input === 'y') host.endGame();
      return;
    }
    if (key.ctrl && input === 'c') return exit();
    if (picker !== undefined) {
      if (key.escape) return setPicker(undefined);
      // The list wraps round: ↑ from the first line reaches the last (the events held back, in the chance list).
      const count = picker.choices.length;
      if (key.upArrow) return setPicker({ ...picker, index: (picker.index + count - 1) % count });
      if (key.downArrow) return setPicker({ ...picker, index: (picker.index + 1) % count });
      if (key.return) {
        setPicker(undefined);
        host.order(picker.choices[picker.index]!.order);
      }
      return;
    }
    if (input === 'q') return exit();
    if (game.ended) return;
    const values = game.seated.run.values;
    const finished = game.seated.pending === undefined;
    if (input === 'i' && !finished) return setPicker({ kind: 'inject', choices: injectChoices(game.scenario, values), index: 0 });
    if (input === 'c' && !finished) return setPicker({ kind: 'chance', choices: chanceChoices(game.scenario, values), index: 0 });
    if (input === 'x' && game.seated.orders !== undefined) return void host.order({ kind: 'withdraw' });
    if (input === 'p') return game.paused ? game.resume() : game.pause();
    if (input === 'm') return game.setModelView(!game.modelView);
    if (input === 't') return game.setTimer(TIMER_STEPS[(TIMER_STEPS.indexOf(game.timerSeconds) + 1) % TIMER_STEPS.length] ?? 0);
    if (input === 'e') return setConfirm(true);
  });
  const { seated } = game;
  const orders = ordersLine(game.scenario, seated.orders);
  const horizon = game.scenario.settings.horizon;
  const width = Math.max(8, ...game.seats.map((s) => game.actorName(s).length));
  const state = game.ended
    ? 'ended'
    : seated.pending === undefined
      ? `all ${horizon} turns played: e ends the game and writes the records`
      : `turn ${Math.min(seated.turns.length + 1, horizon)} of ${horizon}${game.paused ? ' · PAUSED' : ''}`;
  const settings = `model view ${game.modelView ? 'open' : 'locked'} · timer ${game.timerSeconds === 0 ? 'off' : `${game.timerSeconds} s`}`;
  return (
    <Box flexDirection="column">
      {welcome.map((line, i) => (
        <Text key={i} bold={i === 0} wrap="truncate">{line}</Text>
      ))}
      <Text> </Text>
      <Text bold>{state} · <Text dimColor>{settings}</Text></Text>
      {game.seats.map((seat) => {
        const toMove = game.toMove === seat;
        const group = game.groupOf(seat);
        return (
          <Text key={seat} wrap="truncate">
            <Text color={game.isConnected(seat) ? 'green' : 'red'}>{game.isConnected(seat) ? '● ' : '○ '}</Text>
            {game.actorName(seat).padEnd(width)}  {(group ?? '(no group yet)').padEnd(20)}
            {game.isConnected(seat) ? ' connected   ' : ' not connected'}
            {toMove && <Text color="yellow">{` · to move for ${Math.floor(game.timeOnTurn() / 1000)} s${game.secondsLeft() !== undefined ? ` (${game.secondsLeft()} s left)` : ''}`}</Text>}
          </Text>
        );
      })}
      {orders !== '' && <Text color="cyan">orders: {orders}</Text>}
      <Text> </Text>
      {picker !== undefined && <OrderList picker={picker} />}
      {log.slice(picker === undefined ? -8 : -3).map((line, i) => (
        <Text key={i} dimColor wrap="truncate">{line}</Text>
      ))}
      <Text> </Text>
      {/* Wrapped, not cut: at 80 columns the keys take two lines rather than losing q. */}
      <Text inverse>
        {picker !== undefined
          ? ' ↑↓ choose · Enter orders it for the next turn it fits · Esc closes '
          : confirm
          ? ' End the game for everyone? The model plays any turns left and the records are written. y ends, any other key keeps playing '
          : game.ended
            ? ' the game has ended · q quits '
            : ` p ${game.paused ? 'resume' : 'pause'} · m ${game.modelView ? 'lock' : 'open'} model view · t timer · i inject · c chance${orders === '' ? '' : ' · x withdraw'} · e end · q stop host `}
      </Text>
    </Box>
  );
}

/** The inject or chance list, scrolled to keep the selected line in view. */
function OrderList({ picker }: { readonly picker: Picker }) {
  const first = Math.min(Math.max(0, picker.index - LIST_ROWS + 1), Math.max(0, picker.choices.length - LIST_ROWS));
  const shown = picker.choices.slice(first, first + LIST_ROWS);
  return (
    <Box flexDirection="column" marginBottom={1}>
      <Text bold>
        {picker.kind === 'inject' ? 'Inject an event at the next turn, whatever its chance:' : 'Decide a chance result instead of the dice:'}
        <Text dimColor>{` ${picker.index + 1} of ${picker.choices.length}`}</Text>
      </Text>
      {shown.map((choice, i) => (
        <Text key={first + i} wrap="truncate" inverse={first + i === picker.index}>
          {first + i === picker.index ? '▸ ' : '  '}
          {choice.label}
        </Text>
      ))}
    </Box>
  );
}
