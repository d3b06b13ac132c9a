import { Box, Text, useApp, useInput } from 'ink';
import { useEffect, useState } from 'react';
import type { ClassroomHost } from '../../classroom/host-server.js';

export interface HostConsoleProps {
  readonly host: ClassroomHost;
  /** Where to go and the codes, as printed when the host started. */
  readonly welcome: readonly string[];
  /** The host's log, newest last. */
  readonly log: readonly string[];
}

/** Turn timer settings t steps through, in seconds; 0 is off. */
const TIMER_STEPS = [0, 60, 120, 180, 300];

/**
 * The instructor's console: each seat's status, the game's settings, and the log of joins,
 * moves and refusals. Keys: p pause/resume, m model view, t turn timer, e end (asks first),
 * q stop the host (the game stays in its journal, to resume).
 */
export function HostConsole({ host, welcome, log }: HostConsoleProps) {
  const { exit } = useApp();
  const { game } = host;
  const [, setTick] = useState(0);
  const [confirm, setConfirm] = useState(false);
  useEffect(() => {
    const stop = game.onChange(() => setTick((n) => n + 1));
    const timer = setInterval(() => setTick((n) => n + 1), 1000);
    return () => {
      stop();
      clearInterval(timer);
    };
  }, [game]);
  useInput((input, key) => {
    if (confirm) {
      setConfirm(false);
      if (input === 'y') host.endGame();
      return;
    }
    if (input === 'q' || (key.ctrl && input === 'c')) return exit();
    if (game.ended) return;
    if (input === 'p') return game.paused ? game.resume() : game.pause();
    if (input === 'm') return game.setModelView(!game.modelView);
    if (input === 't') return game.setTimer(TIMER_STEPS[(TIMER_STEPS.indexOf(game.timerSeconds) + 1) % TIMER_STEPS.length] ?? 0);
    if (input === 'e') return setConfirm(true);
  });
  const { seated } = game;
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
      <Text> </Text>
      {log.slice(-8).map((line, i) => (
        <Text key={i} dimColor wrap="truncate">{line}</Text>
      ))}
      <Text> </Text>
      <Text inverse wrap="truncate">
        {confirm
          ? ' End the game for everyone? The model plays any turns left and the records are written. y ends, any other key keeps playing '
          : game.ended
            ? ' the game has ended · q quits '
            : ` p ${game.paused ? 'resume' : 'pause'} · m ${game.modelView ? 'lock' : 'open'} model view · t timer · e end game · q stop host (resume later) `}
      </Text>
    </Box>
  );
}
