import { placed } from '../engine/run-error.js';
import { startRun } from '../engine/run-state.js';
import type { Scenario } from '../engine/scenario.js';
import { playTurns } from '../engine/turn-loop.js';
import { round6 } from '../records/round6.js';
import { RowBytes } from './row-bytes.js';
import type { RowFormat } from './run-rows.js';
import { runSeed } from './run-seed.js';

/**
 * Column names of per-turn rows, in order: `run`, `seed`, `turn` (0 is the state right
 * after the trigger, before anyone moves), `actor` (who moved; empty at turn 0), `action`
 * (what it did; empty when it passed or at turn 0), `chance` (the chance outcome drawn,
 * for an action that declares them), then each quantity's value after the turn.
 */
export function turnColumns(scenario: Scenario): string[] {
  return ['run', 'seed', 'turn', 'actor', 'action', 'chance', ...scenario.quantities.map((q) => q.id)];
}

/** The text before the first row: a header line for CSV, nothing for JSON Lines. */
export function turnRowsHeader(scenario: Scenario, format: RowFormat): string {
  return format === 'csv' ? `${turnColumns(scenario).join(',')}\n` : '';
}

/**
 * Plays runs `from` to `to` (exclusive) of a batch with `seed`, through the one turn loop,
 * and hands their per-turn rows (long format: a row per run and turn, as pandas' `melt`
 * or a tidyverse analyst wants them) to `onRows`, every `flushRuns` runs and at the end,
 * each awaited. Run `i` uses `runSeed(seed, i)`, as in the batch, so the rows are the same
 * bytes however the batch itself was split between threads. Returns the runs written; a
 * RunError is thrown placed at its run after the rows before it were handed on.
 */
export async function writeTurnRows(
  scenario: Scenario,
  options: {
    readonly seed: number;
    readonly from: number;
    readonly to: number;
    readonly format: RowFormat;
    readonly onRows: (bytes: Uint8Array) => void | Promise<void>;
    readonly signal?: AbortSignal | undefined;
    readonly flushRuns?: number | undefined;
  },
): Promise<number> {
  const { format } = options;
  const flushRuns = options.flushRuns ?? 200;
  const columns = turnColumns(scenario);
  const slots = scenario.quantities.map((q) => q.slot);
  const json = format === 'jsonl';
  const keys = columns.map((c, i) => Buffer.from(`${i === 0 ? (json ? '{' : '') : ','}${json ? `${JSON.stringify(c)}:` : ''}`));
  const end = Buffer.from(json ? '}\n' : '\n');
  const empty = Buffer.from(json ? 'null' : '');
  const text = (id: string | undefined): string => (id === undefined || id === '' ? '' : json ? JSON.stringify(id) : id);
  let rows: RowBytes;
  const row = (index: number, seed: number, turn: number, actor: string | undefined, action: string | undefined, chance: string | undefined, values: Float64Array): void => {
    rows.appendBytes(keys[0]!);
    rows.appendNumber(index);
    rows.appendBytes(keys[1]!);
    rows.appendNumber(seed);
    rows.appendBytes(keys[2]!);
    rows.appendNumber(turn);
    for (const [k, cell] of [actor, action, chance].entries()) {
      rows.appendBytes(keys[3 + k]!);
      const shown = text(cell);
      if (shown === '') rows.appendBytes(empty);
      else rows.append(shown);
    }
    for (let q = 0; q < slots.length; q++) {
      rows.appendBytes(keys[6 + q]!);
      rows.appendNumber(round6(values[slots[q]!]!));
    }
    rows.appendBytes(end);
  };
  let written = 0;
  let done: Uint8Array[] = [];
  const flush = async (): Promise<void> => {
    if (done.length > 0) await options.onRows(Buffer.concat(done));
    done = [];
  };
  for (let index = options.from; index < options.to; index++) {
    if (options.signal?.aborted) break;
    const seed = runSeed(options.seed, index);
    // A run's rows join the output only once it is whole: a failing run adds none.
    rows = new RowBytes(16 * 1024);
    try {
      placed({ seed, turn: 0, batchRun: index }, () => {
        const start = startRun(scenario, seed);
        row(index, seed, 0, undefined, undefined, undefined, start.values);
        for (const { played, run } of playTurns(scenario, start)) {
          const actor = scenario.actors[played.actor]!;
          const action = played.chosen >= 0 ? actor.actions[played.assessment.legal[played.chosen]!] : undefined;
          row(index, seed, played.turn, actor.id, action?.id, action?.outcomes[played.outcome]?.id, run.values);
        }
      });
    } catch (error) {
      await flush();
      throw error;
    }
    done.push(rows.bytes());
    written++;
    if (written % flushRuns === 0) await flush();
  }
  await flush();
  return written;
}
